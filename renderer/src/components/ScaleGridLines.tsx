// The horizontal grid of a chart on the 0–10 scale (the family's risk trend, a care-period goal's
// ratings): a line and its value at 0, 5 and 10. Styled by the chart's own `.grid` and `.axis`.
type ScaleGridLinesProps = {
  /** Where the plot area starts and ends horizontally. */
  left: number;
  right: number;
  /** A scale value's vertical position. */
  y: (value: number) => number;
};

export function ScaleGridLines({ left, right, y }: ScaleGridLinesProps) {
  return (
    <>
      {[0, 5, 10].map((value) => (
        <g key={value}>
          <line x1={left} x2={right} y1={y(value)} y2={y(value)} className="grid" />
          <text x={left - 6} y={y(value) + 4} textAnchor="end" className="axis">
            {value}
          </text>
        </g>
      ))}
    </>
  );
}
