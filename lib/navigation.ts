import type { Role } from "@/lib/domain/constants";

/** A navigation entry: `label` is a key in the "nav" messages. */
export interface NavItem {
  href: string;
  label: string;
}

const studentNav: NavItem[] = [
  { href: "/student", label: "today" },
  { href: "/student/practice", label: "practice" },
  { href: "/student/quizzes", label: "quizzes" },
  { href: "/student/documents", label: "browse" },
  { href: "/student/progress", label: "progress" },
  { href: "/settings", label: "settings" },
];
const teacherNav: NavItem[] = [{ href: "/teacher", label: "classes" }, { href: "/teacher/sets", label: "sets" }, { href: "/teacher/review", label: "review" }, { href: "/teacher/documents", label: "documents" }];
const adminNav: NavItem[] = [{ href: "/admin", label: "users" }];

/** What each role sees in the app shell, in order. */
export function navigationFor(role: Role | null): NavItem[] {
  switch (role) {
    case "student":
      return studentNav;
    case "teacher":
      return [...teacherNav, ...studentNav];
    case "admin":
      return [...adminNav, ...teacherNav, ...studentNav];
    default:
      return [];
  }
}
