/**
 * A laptop in a team: connects to the team's sync server with automerge-repo's WebSocket client
 * adapter, sends each plan's document as local edits change it (PlanDocs, eager), and writes what
 * colleagues changed into SQLite through the workspace's edit path (PlanDocs.adoptRemote).
 * Offline is normal: the repo keeps retrying, edits go on locally and are sent on reconnect.
 */
import * as A from '@automerge/automerge';
import { type DocHandle, type PeerId, Repo } from '@automerge/automerge-repo';
import { WebSocketClientAdapter } from '@automerge/automerge-repo-network-websocket';
import { NodeFSStorageAdapter } from '@automerge/automerge-repo-storage-nodefs';
import { TEAM_TABLES, type TeamRows, emptyTeamRows, listPlanIds, readTeamRows } from '../db/queries/team-rows';
import type { EditRecorder } from '../service/edit-recorder';
import type { Workspace } from '../service/workspace';
import type { PlanDoc, PlanDocShape } from './plan-doc';
import type { PlanDocs } from './plan-docs';
import { type TeamDocShape, planDocId, teamDocId, teamRootBytes, teamRowsOf, writeTeamRows } from './team-doc';

export interface SyncClientOptions {
  /** ws://host:port of the team's sync server. */
  url: string;
  token: string;
  /** Where this laptop keeps its copy of the team's documents between runs; none keeps them in memory. */
  storageDir?: string;
  /** How often to try the server again while it cannot be reached. */
  retryMs?: number;
}

export interface SyncStatus {
  /** synced: connected and nothing left to send; offline: the server cannot be reached. */
  state: 'synced' | 'offline' | 'pending';
  /** Local edits made while offline, to be sent when the server is back. */
  pending: number;
}

export class SyncClient {
  private readonly repo: Repo;
  private readonly team: DocHandle<TeamDocShape>;
  private readonly handles = new Map<string, DocHandle<PlanDocShape>>();
  private readonly finding = new Set<string>();
  /** The team rows as last read from SQLite: what changed since is a local edit to send. */
  private teamBaseline: TeamRows = emptyTeamRows();
  private pendingEdits = 0;
  private readonly offs: (() => void)[] = [];
  private closed = false;

  constructor(
    private readonly ws: Workspace,
    private readonly docs: PlanDocs,
    private readonly options: SyncClientOptions,
  ) {
    const url = `${options.url.replace(/\/+$/, '')}/?token=${encodeURIComponent(options.token)}`;
    this.repo = new Repo({
      network: [new WebSocketClientAdapter(url, options.retryMs ?? 1000)],
      storage: options.storageDir ? new NodeFSStorageAdapter(options.storageDir) : undefined,
      peerId: `dangqi-${crypto.randomUUID()}` as PeerId,
      sharePolicy: async () => true,
    });
    this.team = this.repo.import<TeamDocShape>(teamRootBytes(), { docId: teamDocId(options.token) });
    this.repo.networkSubsystem.on('peer', () => {
      this.pendingEdits = 0;
    });
  }

  /** Sends every local plan, listens to local edits and to the team. */
  async start(): Promise<void> {
    this.docs.setEager(true);
    this.offs.push(this.docs.onUpdated((planId, doc) => this.pushPlan(planId, doc)));
    this.offs.push(
      this.ws.onChange((e) => {
        if (this.closed) return;
        if (this.repo.peers.length === 0 && e.planIds.length > 0) this.pendingEdits++;
        void this.pushTeamRows().catch(() => undefined);
      }),
    );
    const onTeam = () => void this.pullTeam().catch(() => undefined);
    this.team.on('change', onTeam);
    this.offs.push(() => this.team.off('change', onTeam));
    await this.pushTeamRows();
    for (const id of await listPlanIds(this.ws.db)) {
      const [doc] = await this.docs.current([id]);
      if (doc) this.pushPlan(id, doc);
    }
    await this.pullTeam();
  }

  status(): SyncStatus {
    if (this.repo.peers.length === 0)
      return { state: 'offline', pending: this.pendingEdits + this.docs.pending().length };
    const pending = this.docs.pending().length;
    return { state: pending > 0 ? 'pending' : 'synced', pending };
  }

  async stop(): Promise<void> {
    this.closed = true;
    for (const off of this.offs.splice(0)) off();
    this.docs.setEager(false);
    await this.repo.shutdown();
  }

  private pushPlan(planId: string, doc: PlanDoc): void {
    if (this.closed) return;
    const handle = this.handles.get(planId);
    if (handle) handle.update((d) => A.merge(d, doc));
    else
      this.watch(planId, this.repo.import<PlanDocShape>(A.save(doc), { docId: planDocId(this.options.token, planId) }));
    if (!this.team.doc().plans?.[planId])
      this.team.change((t) => {
        t.plans[planId] = true;
      });
  }

  private watch(planId: string, handle: DocHandle<PlanDocShape>): void {
    this.handles.set(planId, handle);
    const onChange = () => void this.takeRemote(planId, handle.doc()).catch(() => undefined);
    handle.on('change', onChange);
    this.offs.push(() => handle.off('change', onChange));
  }

  /** A colleague's change (or our own echo, which adoptRemote sees is nothing new). */
  private async takeRemote(planId: string, doc: PlanDoc): Promise<void> {
    if (this.closed) return;
    const local = this.docs.cachedDoc(planId);
    if (local && A.hasHeads(local, A.getHeads(doc))) return;
    await this.docs.adoptRemote(planId, doc, (rec) => this.addMissingTeamRows(rec));
  }

  /** Plans the team shares that this laptop has not opened yet; team rows changed by colleagues. */
  private async pullTeam(): Promise<void> {
    if (this.closed) return;
    const team = this.team.doc();
    await this.takeTeamRows(teamRowsOf(team));
    for (const planId of Object.keys(team.plans ?? {})) {
      if (this.handles.has(planId) || this.finding.has(planId)) continue;
      this.finding.add(planId);
      try {
        const handle = await this.repo.find<PlanDocShape>(planDocId(this.options.token, planId));
        if (this.closed || this.handles.has(planId)) continue;
        this.watch(planId, handle);
        await this.takeRemote(planId, handle.doc());
      } catch {
        // Not on the server yet (its owner is offline): asked again at the next team change.
      } finally {
        this.finding.delete(planId);
      }
    }
  }

  /** Resources and segments a colleague added or changed, written here as one edit. */
  private async takeTeamRows(team: TeamRows): Promise<void> {
    const here = await readTeamRows(this.ws.db);
    const changed = TEAM_TABLES.some((t) =>
      Object.entries(team[t]).some(
        ([id, row]) => !here[t][id] || Object.keys(row).some((k) => here[t][id][k] !== row[k]),
      ),
    );
    if (!changed) return;
    await this.ws.edit({ 'zh-CN': '同步团队的资源', en: 'Sync the team’s resources' }, async (rec) => {
      for (const t of TEAM_TABLES) {
        for (const [id, row] of Object.entries(team[t])) {
          const mine = here[t][id];
          const now = this.ws.now();
          if (!mine) await rec.insert(t, { ...row, created_at: now, updated_at: now });
          else if (Object.keys(row).some((k) => mine[k] !== row[k]))
            await rec.update(t, id, { ...row, updated_at: now });
        }
      }
    });
    this.teamBaseline = await readTeamRows(this.ws.db);
  }

  private async addMissingTeamRows(rec: EditRecorder): Promise<void> {
    const team = teamRowsOf(this.team.doc());
    const here = await readTeamRows(rec.trx);
    const now = this.ws.now();
    for (const t of TEAM_TABLES) {
      for (const [id, row] of Object.entries(team[t]))
        if (!here[t][id]) await rec.insert(t, { ...row, created_at: now, updated_at: now });
    }
  }

  private async pushTeamRows(): Promise<void> {
    if (this.closed) return;
    const now = await readTeamRows(this.ws.db);
    const before = this.teamBaseline;
    this.teamBaseline = now;
    const team = teamRowsOf(this.team.doc());
    const differs = TEAM_TABLES.some((t) =>
      Object.entries(now[t]).some(([id, row]) => {
        const old = before[t][id];
        return !team[t][id] || Object.keys(row).some((k) => (!old || old[k] !== row[k]) && team[t][id][k] !== row[k]);
      }),
    );
    if (differs) this.team.change((d) => writeTeamRows(d, before, now));
  }
}
