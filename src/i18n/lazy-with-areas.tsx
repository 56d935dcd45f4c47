// Code that loads on demand with the messages it uses: a view (src/app/view-pages.tsx), or a part of a view that
// its first content does not need (the directory card's Transfer and Consult). test/i18n/view-messages.test.ts
// checks that every such part names the areas its modules use.
import { lazy, type ComponentType } from 'react';
import type { ViewArea } from '@/i18n/catalog-types';
import { hasAreas, loadAreas, startedLocales } from '@/i18n/catalogs';
import { useI18n } from '@/i18n/i18n-context';
import type { Locale } from '@/i18n/locales';

/** One of `make`'s results per shipped locale. */
function perLocale<T>(make: (locale: Locale) => T): Record<Locale, T> {
  return { en: make('en'), es: make('es'), fr: make('fr'), de: make('de'), ja: make('ja'), 'pt-BR': make('pt-BR') };
}

export interface LazyWithAreas<P extends object> {
  Component: ComponentType<P>;
  /** Starts loading the code and its messages (in every started locale); resolves when both are here. */
  preload: () => Promise<unknown>;
  areas: readonly ViewArea[];
}

/**
 * A component loaded with React.lazy, unless its code is already here (preloaded): then it renders at once,
 * without a Suspense round (and its fallback) in between. It renders only once the messages of `areas` are here
 * in English and in the person's locale, so it never shows a key.
 */
export function lazyWithAreas<P extends object>(load: () => Promise<ComponentType<P>>, areas: readonly ViewArea[]): LazyWithAreas<P> {
  let loaded: ComponentType<P> | undefined;
  const messages = new Map<Locale, Promise<void>>();
  // Locales whose messages have loaded, or failed to and left their English (which has loaded).
  const settled = new Set<Locale>();
  const messagesIn = (locale: Locale) => {
    let loading = messages.get(locale);
    if (!loading) {
      loading = loadAreas(locale, areas).then(() => {
        settled.add(locale);
      });
      messages.set(locale, loading);
    }
    return loading;
  };
  const loadCodeAndMessages = async () => {
    const [component] = await Promise.all([load(), ...startedLocales().map(messagesIn)]);
    loaded ??= component;
    return { default: loaded };
  };
  // Per locale, the code with that locale's messages (a launch's own come with the preload).
  const lazies = perLocale((locale) => lazy(async () => (await Promise.all([loadCodeAndMessages(), messagesIn(locale)]))[0]));
  function Component(props: P) {
    const { locale } = useI18n();
    const Loaded = loaded;
    // Once true, true for good: the lazy one is never committed, so the component is never mounted anew.
    if (Loaded && (settled.has(locale) || hasAreas(locale, areas))) return <Loaded {...props} />;
    const Lazy = lazies[locale];
    return <Lazy {...props} />;
  }
  return { Component, preload: loadCodeAndMessages, areas };
}
