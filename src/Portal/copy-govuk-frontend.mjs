// Copies the compiled govuk-frontend from node_modules into wwwroot/govuk (run by the build).
// The compiled CSS points at /assets/; the app serves them under /govuk/assets/.
// GDS Transport is licensed for services on the GOV.UK domain only, so unless told otherwise
// (argument "--transport-font") the @font-face rules are dropped and pages use Arial.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = join('node_modules', 'govuk-frontend', 'dist', 'govuk');
const out = join('wwwroot', 'govuk');
const keepTransportFont = process.argv.includes('--transport-font');

mkdirSync(out, { recursive: true });
cpSync(join(dist, 'assets'), join(out, 'assets'), { recursive: true });
cpSync(join(dist, 'govuk-frontend.min.js'), join(out, 'govuk-frontend.min.js'));

let css = readFileSync(join(dist, 'govuk-frontend.min.css'), 'utf8')
  .replaceAll('url(/assets/', 'url(/govuk/assets/')
  .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
if (!keepTransportFont) {
  css = css.replace(/@font-face\{[^}]*\}/g, '');
}
writeFileSync(join(out, 'govuk-frontend.min.css'), css);

const js = readFileSync(join(out, 'govuk-frontend.min.js'), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, '');
writeFileSync(join(out, 'govuk-frontend.min.js'), js);
