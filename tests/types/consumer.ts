// Compiled with `tsc --noEmit --strict` against the installed package (tests/consumer): every
// export used as a TypeScript user would, with the result types spelled out.
import init, {
  checkAuthCode,
  checkTransfer,
  decideContactChange,
  validateDomainName,
  validateNameservers,
  whoisPreview,
  type ChangeAction,
  type ChangeRule,
  type DomainName,
  type TransferResult,
  countries,
  createRegistrantSchema,
  initSync,
  registrantSchema,
  validateRegistrant,
  type AuthCodeResult,
  type CountryEntry,
  type Issue,
  type IssueCode,
  type Lang,
  type Registrant,
  type RegistrantInput,
  type RegistrantResult,
  type Risk,
  type Severity,
  type StandardSchemaV1,
  ready,
} from 'dotbe-rules';
import { addMessages, hasLanguage, loadLanguage } from 'dotbe-rules/registrant';
import registrantFr from 'dotbe-rules/messages/registrant-fr';
import { bindForm, type FormBinding } from 'dotbe-rules/bind-form';
import { countries as countryList } from 'dotbe-rules/countries';

export const dropdown: CountryEntry[] = countryList(navigator.language);

export function bind(form: HTMLFormElement): FormBinding {
  const binding = bindForm(form, { lang: 'nl', fields: { postalCode: 'zip' }, domain: () => 'example.be', onResult: (r, e) => void [r.value.phone, e?.type] });
  binding.setLang('fr');
  const all: RegistrantResult = binding.checkAll();
  void all;
  return binding;
}

export async function useEverything(bytes: Uint8Array): Promise<string[]> {
  await init();
  initSync(bytes);
  const lang: Lang = 'nl';
  const code: AuthCodeResult = checkAuthCode('123 456 789 012 345', { kind: 'external', issuedAt: new Date(), now: '2026-11-23', lang });
  const kind: 'external' | 'internal' | null = code.kind;
  const value: string | null = code.value;
  const input: RegistrantInput = { name: 'Jan', street: ['Kerkstraat 1'], country: 'BE', phone: '0475123456' };
  const r: RegistrantResult = validateRegistrant(input, { lang: 'fr-BE', domain: 'example.be', only: ['name', 'postalCode'] });
  const sent: Registrant = r.value;
  const street: string[] = sent.street;
  const first: Issue | undefined = r.issues[0];
  const codeName: IssueCode | undefined = first?.code;
  const severity: Severity | undefined = first?.severity;
  const risk: Risk | undefined = first?.risk;
  const position: number | undefined = first?.at?.position;
  // Narrowed on its code, an issue's params are typed.
  const lengths: Array<[number, number]> | undefined = first?.code === 'phone_length' ? first.params.lengths : undefined;
  const offsets: number[] | undefined = first?.code === 'charset' ? first.params.positions?.map((p) => p.start) : undefined;
  const list: CountryEntry[] = countries('de');
  const hasPostalCodes: boolean = list[0].hasPostalCodes;
  // The schema is a Standard Schema in the spec's own types.
  const schema: StandardSchemaV1<RegistrantInput, Registrant> = registrantSchema;
  const dutch: StandardSchemaV1<RegistrantInput, Registrant> = createRegistrantSchema({ lang: 'nl' });
  const outcome = await schema['~standard'].validate(input);
  const messages: string[] = outcome.issues ? outcome.issues.map((i) => i.message) : [outcome.value.phone];
  const name: DomainName | null = validateDomainName('Café.be', { lang: 'de' }).value;
  const ns = validateNameservers({ domain: 'café.be', nameservers: [{ host: 'ns1.café.be', ips: ['193.190.198.10'] }, 'ns2.provider.net'], group: undefined });
  const hosts: string[] = ns.value.nameservers.map((n) => n.host);
  const decision = decideContactChange(input, { ...input, name: 'Jan Peeters' }, { revokeProcedure: false, monitoredUpdateApproved: false, lang: 'fr' });
  const action: ChangeAction = decision.action;
  const rule: ChangeRule = decision.rule;
  const cost: number | undefined = decision.alternative?.cost.amount;
  const transfer: TransferResult = checkTransfer({ type: 'internal', authCode: 'Xk4-9pQ_z', statuses: ['clientTransferProhibited'], nameserverGroup: 'standard' });
  const allowed: boolean = transfer.allowed;
  const shown: string[] = whoisPreview(input).shown;
  const publicCity: string | undefined = whoisPreview(input).record.city;
  void [kind, value, street, codeName, severity, risk, position, offsets, lengths, hasPostalCodes, dutch, name, hosts, action, rule, cost, allowed, shown, publicCity];
  return messages;
}

// What a form does (issue 15): any language tag, a form value that may be missing, a schema
// whose validate answers at once, inferred types, the form's other keys, nesting, own words.
export async function likeAForm(field: HTMLInputElement): Promise<void> {
  await ready;
  const lang = document.documentElement.lang;
  const fromBrowser: string = navigator.language;
  const value: string | undefined = field.value || undefined;
  checkAuthCode(value, { lang });
  validateRegistrant({ name: field.value }, { lang: fromBrowser, messages: { required: 'Vul dit in.', phone_length: (i) => `${i.params.prefix}: ${i.params.count}` } });
  checkAuthCode('1', { messages: (issue) => (issue.code === 'auth_code_digit_count' ? `${issue.params.count}/15` : undefined) });
  checkTransfer({ kind: 'internal', authCode: 'Xk4-9pQ_z', nameserverGroup: 'standard' });
  const issues = registrantSchema['~standard'].validate({}).issues;
  const first: IssueCode | undefined = issues?.[0]?.code;
  type Form = RegistrantInput & { acceptTerms: boolean; domain: string };
  const schema = createRegistrantSchema<Form>({ lang: 'nl', domain: (v) => v.domain, onWarnings: (w) => void w.map((i) => i.suggestion) });
  type Out = StandardSchemaV1.InferOutput<typeof schema>;
  const out: Out | undefined = schema['~standard'].validate({}).value;
  const terms: boolean | undefined = out?.acceptTerms;
  const phone: string | undefined = out?.phone;
  const nested = createRegistrantSchema<'registrant', { registrant: RegistrantInput; acceptTerms: boolean }>({ path: 'registrant' });
  const r = nested['~standard'].validate({});
  const nestedPhone: string | undefined = r.value?.registrant.phone;
  const line: number | undefined = r.issues?.[0]?.line;
  void [first, terms, phone, nestedPhone, line];
}

// Messages by language: a bundled one added, another loaded, asked about.
{
  addMessages(registrantFr);
  const loaded: Promise<void> = loadLanguage(document.documentElement.lang);
  const has: boolean = hasLanguage('fr-BE');
  void [loaded, has];
}
