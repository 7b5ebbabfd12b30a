// `cem analyze` reads this file by itself. Kit widgets register with `LaX.define('la-x')` in *.define.ts
// (not customElements.define), which the analyzer does not understand: this plugin marks the class as a
// custom element with its tag, adds the definition export, and drops the events the analyzer guesses
// from `dispatchEvent(new SomeEvent(arg))` (only documented `la-*` events are real). Every widget also lists
// the global --la-* theme properties with their defaults, read from the design tokens.
import { themeTokens } from './scripts/build/theme-tokens.mjs';

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

/**
 * The kit's own decorators (components/core/reactive.ts): `@attribute('map-href') mapHref` links the field to
 * its attribute both ways (member.attribute, attribute.fieldName), as the analyzer does for Lit's
 * `@property`; `@state()` fields are internal.
 */
function kitDecorators() {
  const links = []; // { className, field, attribute }
  const states = []; // { className, field }
  return {
    name: 'legal-aid-kit-decorators',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      for (const decorator of ts.getDecorators?.(node) ?? []) {
        const call = decorator.expression;
        if (!ts.isCallExpression(call)) continue;
        const name = call.expression.getText();
        const className = node.parent.name.getText();
        const field = node.name.getText();
        const [first] = call.arguments;
        if (/^(attribute|numberAttribute|booleanAttribute)$/.test(name) && first && ts.isStringLiteral(first)) {
          links.push({ className, field, attribute: first.text });
        } else if (name === 'state') states.push({ className, field });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const classes = customElementsManifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.kind === 'class');
      for (const { className, field, attribute } of links) {
        const declaration = classes.find((d) => d.name === className);
        const member = declaration?.members?.find((m) => m.name === field);
        if (!member) continue;
        member.attribute = attribute;
        declaration.attributes ??= [];
        let entry = declaration.attributes.find((a) => a.name === attribute);
        if (!entry) declaration.attributes.push((entry = { name: attribute, description: member.description, type: member.type }));
        entry.fieldName = field;
      }
      for (const { className, field } of states) {
        const member = classes.find((d) => d.name === className)?.members?.find((m) => m.name === field);
        if (member) Object.assign(member, { privacy: member.privacy ?? 'private', state: true });
      }
    },
  };
}

export default {
  litelement: true,
  // package.json names the package's manifest, dist/custom-elements.json (scripts/build/package-manifest.mjs):
  // the analyzer must not point it back at the repository's.
  packagejson: false,
  plugins: [kitDefinitions(), kitDecorators()],
};
