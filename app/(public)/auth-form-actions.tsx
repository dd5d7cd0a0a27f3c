import Link from "next/link";
import { Button } from "@/components/ui";

/** The foot of the sign-in and sign-up forms: the submit button, and a link to the other form. */
export function AuthFormActions({ pending, pendingLabel, submitLabel, otherHref, otherLabel }: {
  pending: boolean;
  pendingLabel: string;
  submitLabel: string;
  otherHref: string;
  otherLabel: string;
}) {
  return (
    <>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? pendingLabel : submitLabel}
      </Button>
      <p className="text-center text-sm">
        <Link href={otherHref} className="text-brand-700 underline dark:text-brand-100">
          {otherLabel}
        </Link>
      </p>
    </>
  );
}
