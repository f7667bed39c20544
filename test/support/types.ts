/** A channel name with example arguments, for table-driven tests. */
export interface ChannelSpec {
  channel: string;
  args: unknown;
}
