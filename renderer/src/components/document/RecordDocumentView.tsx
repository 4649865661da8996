// Shows a summary or the meeting record on screen from the same blocks that are exported, so what
// the worker reads is exactly what they copy, save or print. User text is shown as text, never HTML.
import type { RecordBlock, RecordDocument } from '../../../../shared/document/document';
import './document.css';

/** `headingLevel` is the HTML level the document's own first-level heading gets on this page. */
export function RecordDocumentView({ document, headingLevel, id }: { document: RecordDocument; headingLevel: 2 | 3; id: string }) {
  return (
    <article className="record-document" aria-labelledby={`${id}-title`} data-testid="record-document">
      {document.blocks.map((block, index) => (
        <Block key={index} block={block} headingLevel={headingLevel} titleId={index === 0 ? `${id}-title` : undefined} />
      ))}
    </article>
  );
}

function Block({ block, headingLevel, titleId }: { block: RecordBlock; headingLevel: number; titleId: string | undefined }) {
  switch (block.kind) {
    case 'heading': {
      const level = Math.min(6, headingLevel + block.level - 1);
      const Tag = `h${level}` as 'h2';
      return <Tag id={titleId}>{block.text}</Tag>;
    }
    case 'fields':
      return (
        <dl className="record-fields">
          {block.fields.map((field, index) => (
            <div key={index}>
              <dt>{field.label}</dt>
              <dd>{field.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'list':
      return (
        <ul className="record-list">
          {block.items.map((item, index) => (
            <li key={index}>
              <span className="record-text">{item.text}</span>
              {item.details.length > 0 && (
                <dl className="record-details">
                  {item.details.map((detail, inner) => (
                    <div key={inner}>
                      <dt>{detail.label}</dt>
                      <dd>{detail.value}</dd>
                    </div>
                  ))}
                </dl>
              )}
            </li>
          ))}
        </ul>
      );
    case 'text':
      return <p className="record-text">{block.text.trim()}</p>;
    case 'empty':
      return <p className="empty">{block.text}</p>;
    case 'table':
      return (
        <div className="record-table-wrap">
          <table className="record-table">
            <thead>
              <tr>
                {block.headers.map((header, index) => (
                  <th key={index} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, inner) => (
                    <td key={inner}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
  }
}
