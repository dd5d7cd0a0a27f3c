"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { Menu, X } from "lucide-react";

export interface NavLink {
  href: string;
  label: string;
}

function isActive(pathname: string, href: string): boolean {
  return pathname === href || (href.split("/").length > 2 && pathname.startsWith(href + "/"));
}

/** Horizontal links on wide screens; a disclosure menu on phones. */
export function NavLinks({ links, menuLabel, navLabel }: { links: NavLink[]; menuLabel: string; navLabel: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  if (links.length === 0) return null;
  const linkClass = (href: string) =>
    `rounded-md px-3 py-2 text-sm font-medium ${
      isActive(pathname, href)
        ? "bg-brand-50 text-brand-700 dark:bg-stone-800 dark:text-brand-100"
        : "text-stone-700 hover:bg-stone-200/60 dark:text-stone-300 dark:hover:bg-stone-800"
    }`;
  return (
    <nav aria-label={navLabel} className="contents">
      <ul className="hidden items-center gap-1 md:flex">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className={linkClass(l.href)} aria-current={isActive(pathname, l.href) ? "page" : undefined}>
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="inline-flex min-h-10 min-w-10 items-center justify-center rounded-md hover:bg-stone-200/60 dark:hover:bg-stone-800 md:hidden"
        aria-expanded={open}
        aria-controls="mobile-nav"
        aria-label={menuLabel}
        onClick={() => setOpen((v) => !v)}
      >
        {open ? <X aria-hidden size={20} /> : <Menu aria-hidden size={20} />}
      </button>
      {open && (
        <ul id="mobile-nav" className="absolute inset-x-0 top-full z-20 space-y-1 border-b border-stone-200 bg-white p-3 shadow-md dark:border-stone-800 dark:bg-stone-900 md:hidden">
          {links.map((l) => (
            <li key={l.href}>
              <Link href={l.href} onClick={() => setOpen(false)} className={`block ${linkClass(l.href)}`}>
                {l.label}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
