/*
 * Build step for the custom functions' metadata (used by webpack.config.js, tested by test/functions):
 * - rewrites each function's helpUrl from the development origin to the production base URL, as the manifest
 *   copy does for manifest.xml (helpUrl stays absolute: Excel opens it outside any page, so a relative URL
 *   would have no base to resolve against);
 * - writes a localized metadata file per locale (functions.zh-CN.json) from functions.json and a description
 *   table (metadata.zh-CN.json). Ids, names and parameters stay exactly as in functions.json; only the
 *   descriptions change. A function or parameter missing from the table fails the build.
 */
const fs = require("fs");
const { Compilation, sources } = require("webpack");

/** A copy of the metadata with every helpUrl moved from `fromBase` to `toBase`. */
function rebaseHelpUrls(metadata, fromBase, toBase) {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) =>
      typeof fn.helpUrl === "string" && fn.helpUrl.startsWith(fromBase)
        ? { ...fn, helpUrl: toBase + fn.helpUrl.slice(fromBase.length) }
        : fn,
    ),
  };
}

/**
 * The metadata with descriptions from `table` ({ [id]: { description, parameters: { [name]: text } } }), and
 * the problems found: a function or parameter with no entry, or an entry for one that does not exist.
 */
function localizeMetadata(metadata, table) {
  const problems = [];
  const ids = new Set(metadata.functions.map((fn) => fn.id));
  for (const id of Object.keys(table))
    if (!ids.has(id)) problems.push(`table has ${id}, which functions.json does not declare`);
  const functions = metadata.functions.map((fn) => {
    const entry = table[fn.id];
    if (!entry || typeof entry.description !== "string" || entry.description.trim() === "") {
      problems.push(`no localized description for ${fn.id}`);
      return fn;
    }
    const names = new Set((fn.parameters ?? []).map((p) => p.name));
    for (const name of Object.keys(entry.parameters ?? {}))
      if (!names.has(name)) problems.push(`table has parameter ${fn.id}.${name}, which does not exist`);
    const parameters = (fn.parameters ?? []).map((p) => {
      const text = entry.parameters?.[p.name];
      if (typeof text !== "string" || text.trim() === "") {
        problems.push(`no localized description for ${fn.id}.${p.name}`);
        return p;
      }
      return { ...p, description: text };
    });
    return { ...fn, description: entry.description, parameters };
  });
  return { metadata: { ...metadata, functions }, problems };
}

/**
 * Rewrites helpUrls in `source` and emits one localized copy per entry of `locales` ({ file, tablePath }: the
 * table is read on every compilation and watched, so `npm start` picks up edits).
 */
class FunctionsMetadataPlugin {
  constructor({ source, fromBase, toBase, locales }) {
    this.options = { source, fromBase, toBase, locales };
  }

  apply(compiler) {
    const name = "FunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const { source, fromBase, toBase, locales } = this.options;
        const asset = compilation.getAsset(source);
        if (!asset) {
          compilation.errors.push(new Error(`${name}: ${source} was not generated`));
          return;
        }
        const metadata = rebaseHelpUrls(JSON.parse(asset.source.source().toString()), fromBase, toBase);
        compilation.updateAsset(source, new sources.RawSource(JSON.stringify(metadata, null, 4)));
        for (const { file, tablePath } of locales) {
          compilation.fileDependencies.add(tablePath);
          let table;
          try {
            table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
          } catch (error) {
            compilation.errors.push(new Error(`${name}: cannot read ${tablePath}: ${error.message}`));
            continue;
          }
          const localized = localizeMetadata(metadata, table);
          for (const problem of localized.problems) compilation.errors.push(new Error(`${name}: ${file}: ${problem}`));
          compilation.emitAsset(file, new sources.RawSource(JSON.stringify(localized.metadata, null, 4)));
        }
      });
    });
  }
}

module.exports = { FunctionsMetadataPlugin, localizeMetadata, rebaseHelpUrls };
