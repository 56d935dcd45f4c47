import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with elements in it (a <code>, a <bdi>): `t(key, params)` leaves
 * `{name}` for every value it was not given, and each such slot here gets its element,
 * so the whole sentence stays one message whatever the language's word order.
 */
export function RichText({ text, slots }: { text: string; slots: Readonly<Record<string, ReactNode>> }) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => (index % 2 === 0 ? part : <Fragment key={index}>{part in slots ? slots[part] : `{${part}}`}</Fragment>))}
    </>
  );
}
