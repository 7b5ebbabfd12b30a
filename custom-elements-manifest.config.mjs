// `cem analyze` reads this file by itself. Kit widgets register with `LaX.define('la-x')` in *.define.ts
// (not customElements.define), which the analyzer does not understand: this plugin marks the class as a
// custom element with its tag, adds the definition export, and drops the events the analyzer guesses
// from `dispatchEvent(new SomeEvent(arg))` (only documented `la-*` events are real). Every widget also lists
// the global --la-* theme properties with their defaults, read from the design tokens.
import { themeTokens } from './scripts/theme-tokens.mjs';

const globalTokens = themeTokens().map((t) => ({ name: t.name, default: t.default, description: `${t.en} (shared by every widget).` }));
function kitDefinitions() {
  const defines = []; // { modulePath, className, tag }
  return {
    name: 'legal-aid-kit-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!moduleDoc.path.endsWith('.define.ts') || !ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [arg] = node.arguments;
      if (!ts.isPropertyAccessExpression(callee) || callee.name.getText() !== 'define' || !arg || !ts.isStringLiteral(arg)) return;
      defines.push({ modulePath: moduleDoc.path, className: callee.expression.getText(), tag: arg.text });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.events) declaration.events = declaration.events.filter((event) => /^la-/.test(event.name ?? ''));
        }
      }
      for (const { modulePath, className, tag } of defines) {
        const home = modules.find((mod) => mod.declarations?.some((d) => d.kind === 'class' && d.name === className));
        const declaration = home?.declarations.find((d) => d.name === className);
        if (!declaration) continue;
        declaration.customElement = true;
        declaration.tagName = tag;
        const own = new Set((declaration.cssProperties ?? []).map((p) => p.name));
        declaration.cssProperties = [...(declaration.cssProperties ?? []), ...globalTokens.filter((t) => !own.has(t.name))];
        const defineModule = modules.find((mod) => mod.path === modulePath);
        defineModule.exports = [
          ...(defineModule.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration: { name: className, module: home.path } },
        ];
      }
    },
  };
}

export default {
  litelement: true,
  // package.json names the package's manifest, dist/custom-elements.json (scripts/package-manifest.mjs):
  // the analyzer must not point it back at the repository's.
  packagejson: false,
  plugins: [kitDefinitions()],
};
