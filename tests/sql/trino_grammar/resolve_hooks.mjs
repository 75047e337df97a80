// dt-sql-parser's ES modules import sibling files without the `.js` extension (written for
// bundlers); Node resolves them with this hook, trying `<specifier>.js` and `<specifier>/index.js`.
export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (!specifier.startsWith('.')) throw err;
    for (const tail of ['.js', '/index.js']) {
      try {
        return await next(specifier + tail, context);
      } catch {}
    }
    throw err;
  }
}
