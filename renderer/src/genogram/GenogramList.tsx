// The genogram as a list: the same content as the drawing, in words, for screen readers and for
// anyone who prefers it (docs/domain.md: Genogram). Every item can be edited or removed from here,
// so the whole genogram can be made without the drawing. Read-only in print.
import { useTranslation } from 'react-i18next';
import type { Genogram } from '../../../shared/genogram/genogram';
import { describePerson, emotionalLineText, householdText, namesOf, parentLinkText, relationshipText } from './genogramText';

export type ListItemKind = 'person' | 'relationship' | 'parents' | 'emotionalLine' | 'household';

type GenogramListProps = {
  genogram: Genogram;
  idPrefix: string;
  onEdit?: (kind: ListItemKind, id: string) => void;
  onRemove?: (kind: ListItemKind, id: string, text: string) => void;
  onShow?: (personId: string) => void;
};

export function GenogramList({ genogram, idPrefix, onEdit, onRemove, onShow }: GenogramListProps) {
  const { t } = useTranslation();
  const nameOf = namesOf(genogram);
  const group = (kind: ListItemKind, heading: string, items: { id: string; text: string; short: string }[]) => (
    <section className="gg-list-group" aria-labelledby={`${idPrefix}-${kind}`}>
      <h3 id={`${idPrefix}-${kind}`}>{heading}</h3>
      {items.length === 0 ? (
        <p className="muted">{t('genogram.list.none')}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={item.id} className="gg-list-item" id={`${idPrefix}-item-${item.id}`}>
              <span className="gg-list-text">{item.text}</span>
              {(onEdit || onRemove) && (
                <span className="gg-list-actions">
                  {kind === 'person' && onShow && (
                    <button type="button" className="button quiet" onClick={() => onShow(item.id)} aria-label={`${t('genogram.list.show')}: ${item.short}`}>
                      {t('genogram.list.show')}
                    </button>
                  )}
                  {onEdit && (
                    <button type="button" className="button" onClick={() => onEdit(kind, item.id)} aria-label={t('genogram.list.editNamed', { what: item.short })}>
                      {t('genogram.list.edit')}
                    </button>
                  )}
                  {onRemove && (
                    <button type="button" className="button" onClick={() => onRemove(kind, item.id, item.short)} aria-label={t('genogram.list.removeNamed', { what: item.short })}>
                      {t('genogram.list.remove')}
                    </button>
                  )}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  return (
    <section className="gg-list" aria-labelledby={`${idPrefix}-heading`}>
      <h2 id={`${idPrefix}-heading`} tabIndex={-1}>
        {t('genogram.list.heading')}
      </h2>
      {group(
        'person',
        t('genogram.list.people'),
        genogram.people.map((person) => ({ id: person.id, text: describePerson(person, t), short: person.name })),
      )}
      {group(
        'relationship',
        t('genogram.list.relationships'),
        genogram.relationships.map((relationship) => {
          const text = relationshipText(relationship, nameOf, t);
          return { id: relationship.id, text, short: text };
        }),
      )}
      {group(
        'parents',
        t('genogram.list.parents'),
        genogram.parentLinks.map((link) => {
          const text = parentLinkText(link, nameOf, t);
          return { id: link.id, text, short: text };
        }),
      )}
      {group(
        'emotionalLine',
        t('genogram.list.emotionalLines'),
        genogram.emotionalLines.map((line) => {
          const text = emotionalLineText(line, nameOf, t);
          return { id: line.id, text: line.note ? `${text} (${line.note})` : text, short: text };
        }),
      )}
      {group(
        'household',
        t('genogram.list.households'),
        genogram.households.map((household) => {
          const text = householdText(household, nameOf, t);
          return { id: household.id, text, short: household.name || t('genogram.list.householdUnnamed') };
        }),
      )}
    </section>
  );
}
