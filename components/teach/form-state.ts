/** What a teaching server action returns to its form: message and field errors are i18n keys ("teachErrors"/"teach"). */
export interface FormState {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string>;
  /** Anything the form wants back (e.g. the id of what was created). */
  data?: Record<string, string | number>;
}
