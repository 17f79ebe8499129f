import { parseTemplate, type Template } from '../template-schema';
import { dangjianShuzhi } from './dangjian-shuzhi';
import { diaoyan } from './diaoyan';
import { duizhao } from './duizhao';
import { gongzuoZongjie } from './gongzuo-zongjie';
import { kaoheGwy, kaoheSydw } from './kaohe';
import { shuzeShulian } from './shuze-shulian';
import { shuzhi } from './shuzhi';
import { zhuanzheng } from './zhuanzheng';

// Validated at load like any user template, so a broken built-in fails the tests, not the user.
function validated(template: Template): Template {
  const result = parseTemplate(template);
  if (!result.ok) throw new Error(`built-in template ${template.id}: ${result.errors.map((e) => e.en).join('; ')}`);
  return result.template;
}

/** The built-in genres, in the order the panel lists them. */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  shuzhi,
  shuzeShulian,
  dangjianShuzhi,
  kaoheGwy,
  kaoheSydw,
  gongzuoZongjie,
  duizhao,
  diaoyan,
  zhuanzheng,
].map(validated);

/** The built-in template with this id, if there is one. */
export function builtinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((template) => template.id === id);
}

/** The templates to offer: the built-ins, each replaced by the user's template of the same id, then the user's new ones. */
export function withUserTemplates(user: readonly Template[]): Template[] {
  const byId = new Map(user.map((t) => [t.id, t]));
  const builtins = BUILTIN_TEMPLATES.map((t) => byId.get(t.id) ?? t);
  return [...builtins, ...user.filter((t) => !BUILTIN_TEMPLATES.some((b) => b.id === t.id))];
}
