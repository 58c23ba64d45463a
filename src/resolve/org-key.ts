// Canonical keys for organisation and person names. Organisations match on the normalised full name or
// an in-document alias, plus the name without its legal-form suffix; people match on name + organisation.
import { normaliseName } from './park-key.js';

/** Legal-form endings that the same company is written with or without (Company Law naming forms). */
const LEGAL_FORMS = ['股份有限公司', '有限责任公司', '有限公司', '集团公司'];

/** Words that alone name no particular organisation. */
const GENERIC_ORG = /^(该|本|这家|这个|一家)?(公司|企业|集团|大学|学院|研究院|研究所|实验室|中心|协会|基金|管委会|政府)$/;

export function orgKeys(name: string): string[] {
  const n = normaliseName(name);
  if (n.length < 2 || GENERIC_ORG.test(n)) return [];
  const keys = [n];
  for (const form of LEGAL_FORMS) {
    if (n.endsWith(form) && n.length - form.length >= 4) {
      keys.push(n.slice(0, -form.length));
      break;
    }
  }
  return keys;
}

/**
 * Key of a person: the name with the entity id of the organisation the role belongs to. A person without
 * a resolved organisation is only the same person within one document (namesakes are common).
 */
export function personKey(name: string, orgEntityId: string | null, documentId: string): string {
  return `${normaliseName(name)}|${orgEntityId ?? `doc:${documentId}`}`;
}
