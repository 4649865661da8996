// A three-houses document as printed (and previewed): the facts, then each house with its items and
// its drawing as SVG, kept together on paper where it fits, then the team's follow-up questions.
// The text is the same blocks that are copied and exported (RecordDocumentView), built from the
// audience's view only (shared/threeHouses/threeHousesDocument.ts).
import type { ThreeHousesDocumentParts } from '../../../../shared/threeHouses/threeHousesDocument';
import { RecordDocumentView } from '../../components/document/RecordDocumentView';
import { DrawingImage } from '../DrawingImage';
import './export.css';

export function ThreeHousesPrintView({ parts, id, headingLevel }: { parts: ThreeHousesDocumentParts; id: string; headingLevel: 2 | 3 }) {
  return (
    <div className="three-houses-document" data-testid="three-houses-document">
      <RecordDocumentView document={{ title: parts.title, blocks: parts.intro }} headingLevel={headingLevel} id={`${id}-intro`} />
      {parts.houses.map((house) => (
        <div key={house.house} className="three-houses-document-house" data-house={house.house}>
          <RecordDocumentView document={{ title: house.name, blocks: house.blocks }} headingLevel={headingLevel} id={`${id}-${house.house}`} />
          {house.drawing !== null && (
            <div className="three-houses-document-drawing">
              <DrawingImage encoded={house.drawing} label={house.name} />
            </div>
          )}
        </div>
      ))}
      {parts.outro.length > 0 && <RecordDocumentView document={{ title: parts.title, blocks: parts.outro }} headingLevel={headingLevel} id={`${id}-outro`} />}
    </div>
  );
}
