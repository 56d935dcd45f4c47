// The parts of libphonenumber-js the views use, behind the lazy import in phone-format.tsx:
// importing the package's namespace there would bundle all of it (as-you-type, text matching).
export { isPossiblePhoneNumber, parsePhoneNumberFromString } from 'libphonenumber-js/min';
