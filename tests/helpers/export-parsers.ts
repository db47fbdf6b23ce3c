import { parse } from 'csv-parse/sync';
import { create } from 'xmlbuilder2';

/** A GraphML file read back with a real XML parser: declared keys, nodes and edges with their data. */
export interface ParsedGraphML {
  namespace: unknown;
  edgeDefault: unknown;
  keys: Map<string, { for: unknown; name: unknown; type: unknown }>;
  nodes: Array<{ id: string; data: Record<string, string> }>;
  edges: Array<{ source: string; target: string; data: Record<string, string> }>;
}

/** The parts of a parsed DOM element these checks read. */
interface XmlElement {
  nodeName: string;
  namespaceURI: string | null;
  textContent: string | null;
  childNodes: ArrayLike<XmlElement>;
  getAttribute(name: string): string | null;
}

function dataOf(element: XmlElement): Record<string, string> {
  return Object.fromEntries(
    Array.from(element.childNodes)
      .filter((child) => child.nodeName === 'data')
      .map((data) => [data.getAttribute('key') ?? '', data.textContent ?? '']),
  );
}

/** Parses GraphML with xmlbuilder2's XML parser into its DOM (a malformed file throws). */
export function parseGraphML(xml: string): ParsedGraphML {
  const root = create(xml).root();
  const rootElement = root.node as unknown as XmlElement;
  if (rootElement.nodeName !== 'graphml') throw new Error('the root element is not <graphml>');
  const elements = (name: string): XmlElement[] =>
    root
      .filter((child) => child.node.nodeName === name, false, true)
      .map((child) => child.node as unknown as XmlElement);
  const [graph] = elements('graph');
  return {
    namespace: rootElement.namespaceURI,
    edgeDefault: graph?.getAttribute('edgedefault'),
    keys: new Map(
      elements('key').map((key) => [
        key.getAttribute('id') ?? '',
        {
          for: key.getAttribute('for'),
          name: key.getAttribute('attr.name'),
          type: key.getAttribute('attr.type'),
        },
      ]),
    ),
    nodes: elements('node').map((node) => ({
      id: node.getAttribute('id') ?? '',
      data: dataOf(node),
    })),
    edges: elements('edge').map((edge) => ({
      source: edge.getAttribute('source') ?? '',
      target: edge.getAttribute('target') ?? '',
      data: dataOf(edge),
    })),
  };
}

/** A CSV file as records keyed by its header row (a leading byte-order mark is accepted). */
export function parseCsv(text: string | Buffer): Array<Record<string, string>> {
  return parse(text, { bom: true, columns: true, skip_empty_lines: true }) as Array<
    Record<string, string>
  >;
}

/** True when the bytes start with the UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}
