/**
 * A sheet's drawing part (ECMA-376 Part 1, §20.5 SpreadsheetML drawing: xdr:wsDr) holding
 * its charts, each an `xdr:graphicFrame` in a two-cell anchor over the plan's anchor range
 * (moving and sizing with the cells), and the drawing's relationships to the chart parts.
 */
import { rangeBox } from "./chartCells";
import { escapeXml } from "./xml";

/** One chart in a drawing: its anchor range, its title (the frame's alternative text) and the chart part it shows. */
export interface DrawnChart {
  readonly anchor: string;
  readonly title: string;
  /** The chart part's path from the drawing part, e.g. "../charts/chart1.xml". */
  readonly target: string;
}

const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

function marker(tag: "from" | "to", col: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function anchorXml(chart: DrawnChart, i: number): string {
  const box = rangeBox(chart.anchor);
  // Markers are 0-based; "to" is the corner after the last covered cell.
  const frame =
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Diagram ${i + 1}" descr="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="rId${i + 1}"/></a:graphicData></a:graphic></xdr:graphicFrame>`;
  return `<xdr:twoCellAnchor>${marker("from", box.from.col - 1, box.from.row - 1)}${marker("to", box.to.col, box.to.row)}${frame}<xdr:clientData/></xdr:twoCellAnchor>`;
}

/**
 * The drawing part's XML; chart i refers to relationship `rId{i+1}` of {@link drawingRelsXml}.
 *
 * @example
 * drawingXml([{ anchor: "A33:G50", title: "Ackumulerad besparing mot kostnad", target: "../charts/chart1.xml" }]);
 * // "…<xdr:from><xdr:col>0</xdr:col>…<xdr:row>32</xdr:row>…<xdr:to><xdr:col>7</xdr:col>…<xdr:row>50</xdr:row>…"
 */
export function drawingXml(charts: readonly DrawnChart[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
    `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `${charts.map(anchorXml).join("")}</xdr:wsDr>`
  );
}

/**
 * The drawing part's relationships: `rId{i+1}` → chart i.
 *
 * @example
 * drawingRelsXml([{ anchor: "A1:F18", title: "T", target: "../charts/chart1.xml" }]); // "…<Relationship Id=\"rId1\" Type=\"…/chart\" Target=\"../charts/chart1.xml\"/>…"
 */
export function drawingRelsXml(charts: readonly DrawnChart[]): string {
  const rels = charts.map((c, i) => `<Relationship Id="rId${i + 1}" Type="${REL_CHART}" Target="${escapeXml(c.target)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`;
}
