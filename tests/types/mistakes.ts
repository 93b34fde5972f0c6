// Each line marked `mistake` must be a compile error (tests/consumer checks that every marked
// line, and only those, is reported by tsc).
import { checkAuthCode, checkTransfer, decideContactChange, validateRegistrant, countries, type Issue, type RegistrantResult } from 'dotbe-rules';
import { checkAuthCode as notInTheRegistrantEntry } from 'dotbe-rules/registrant';

checkAuthCode(12345); // mistake: a number where the code goes
checkAuthCode('123', { lng: 'nl' }); // mistake: an unknown option
checkAuthCode('123', { messages: { postal_code_invalid: 'x' } }); // mistake: messages for a code that does not exist
checkAuthCode('123', { kind: 'trade' }); // mistake: a misspelt kind
validateRegistrant({ postcode: '9000' }); // mistake: an unknown field
validateRegistrant({ street: 12 }); // mistake: a wrong field type
validateRegistrant({}, { only: ['postcode'] }); // mistake: an unknown field in `only`
const r: RegistrantResult = validateRegistrant({});
const code: 'postal_code_invalid' = r.issues[0].code; // mistake: not an issue code
const severity: Issue['severity'] = 'fatal'; // mistake: not a severity
const phone: number = r.value.phone; // mistake: the phone is a string
countries(42); // mistake: a number as language
const action: 'monitored' = decideContactChange({}, {}).action; // mistake: a misspelt action
checkTransfer({ type: 'external', authCode: '1', revokeProcedure: 'yes' }); // mistake: a string for a yes/no
const issue = r.issues[0];
if (issue.code === 'required') void issue.params.max; // mistake: `required` shows no max
void [code, severity, phone, action];
notInTheRegistrantEntry('123 456 789 012 345'); // mistake: the registrant entry has the registrant checks only
