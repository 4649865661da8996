// The genogram's legend: every symbol and line style the drawing uses, each drawn small beside its
// name, in four groups (people, relationships, children, emotional lines).
import { useTranslation } from 'react-i18next';
import { emotionalKinds, parentLinkKinds, relationshipKinds } from '../../../shared/genogram/genogram';
import { ArrowMarker, ChildLine, CoupleLine, EmotionalLine, PersonSymbol, type SymbolPerson } from './GenogramSymbols';

const plain: SymbolPerson = { gender: 'male', deceased: false, pregnancy: false, index: false };

function Sample({ children, width = 56 }: { children: React.ReactNode; width?: number }) {
  return (
    <svg className="gg-legend-sample" width={width} height={34} viewBox={`0 0 ${width} 34`} aria-hidden="true">
      {children}
    </svg>
  );
}

export function GenogramLegend({ idPrefix }: { idPrefix: string }) {
  const { t } = useTranslation();
  const peopleSamples: { key: string; person: SymbolPerson }[] = [
    { key: 'male', person: plain },
    { key: 'female', person: { ...plain, gender: 'female' } },
    { key: 'other', person: { ...plain, gender: 'other' } },
    { key: 'unknown', person: { ...plain, gender: 'unknown' } },
    { key: 'deceased', person: { ...plain, deceased: true } },
    { key: 'index', person: { ...plain, gender: 'female', index: true } },
    { key: 'pregnancy', person: { ...plain, gender: 'unknown', pregnancy: true } },
  ];
  const markerId = `${idPrefix}-legend-arrow`;
  return (
    <section className="gg-legend" aria-labelledby={`${idPrefix}-legend-heading`}>
      <h2 id={`${idPrefix}-legend-heading`}>{t('genogram.legend.heading')}</h2>
      <div className="gg-legend-groups">
        <div>
          <h3>{t('genogram.legend.people')}</h3>
          <ul>
            {peopleSamples.map(({ key, person }) => (
              <li key={key}>
                <Sample width={40}>
                  <PersonSymbol person={person} x={20} y={17} scale={0.5} />
                </Sample>
                {t(`genogram.legend.${key}`)}
              </li>
            ))}
            <li>
              <Sample>
                <rect className="gg-household" x={3} y={3} width={50} height={28} rx={8} />
              </Sample>
              {t('genogram.legend.household')}
            </li>
          </ul>
        </div>
        <div>
          <h3>{t('genogram.legend.relationships')}</h3>
          <ul>
            {relationshipKinds.map((kind) => (
              <li key={kind}>
                <Sample>
                  <CoupleLine kind={kind} stubs={[{ x1: 6, y1: 6, x2: 6, y2: 20 }, { x1: 50, y1: 6, x2: 50, y2: 20 }]} line={{ x1: 6, y1: 20, x2: 50, y2: 20 }} />
                </Sample>
                {t(`genogram.relationship.${kind}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('genogram.legend.children')}</h3>
          <ul>
            {parentLinkKinds.map((kind) => (
              <li key={kind}>
                <Sample>
                  <ChildLine kind={kind} line={{ x1: 4, y1: 17, x2: 52, y2: 17 }} />
                </Sample>
                {t(`genogram.parentLink.${kind}`)}
              </li>
            ))}
          </ul>
        </div>
        <div>
          <h3>{t('genogram.legend.emotional')}</h3>
          <svg width={0} height={0} aria-hidden="true" className="gg-defs">
            <ArrowMarker id={markerId} />
          </svg>
          <ul>
            {emotionalKinds.map((kind) => (
              <li key={kind}>
                <Sample>
                  <EmotionalLine kind={kind} from={{ x: 4, y: 17 }} to={{ x: 52, y: 17 }} control={{ x: 28, y: 17 }} markerId={markerId} />
                </Sample>
                {t(`genogram.emotional.${kind}`)}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
