// Module resolution hook: `electron` becomes the stand-in; everything else resolves as usual.
export async function resolve(specifier, context, next) {
  if (specifier === 'electron')
    return { url: new URL('./stand-in-electron.mjs', import.meta.url).href, shortCircuit: true };
  return next(specifier, context);
}
