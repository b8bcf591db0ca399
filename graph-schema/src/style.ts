import type { ARTICLE_LABEL, EntityType } from './labels.js';

interface NodeStyle {
  color: string;
  borderColor: string;
  textColor: string;
  caption: string;
  /** In pictures (`render`, exports), relative to the other labels. */
  diameter: number;
  /** In Neo4j Browser, which zooms out to fit: wide enough for the caption (see grassStyleSheet). */
  browserDiameter: number;
}

/** One colour and caption per label; also used by exports and pictures. */
export const NODE_STYLES: Readonly<Record<EntityType | typeof ARTICLE_LABEL, NodeStyle>> = {
  Person: {
    color: '#4C8EDA',
    borderColor: '#2870C2',
    textColor: '#FFFFFF',
    caption: 'name',
    diameter: 50,
    browserDiameter: 210,
  },
  State: {
    color: '#D9534F',
    borderColor: '#B03A37',
    textColor: '#FFFFFF',
    caption: 'name',
    diameter: 65,
    browserDiameter: 190,
  },
  Organization: {
    color: '#F0AD4E',
    borderColor: '#D68E25',
    textColor: '#2A2C34',
    caption: 'name',
    diameter: 60,
    browserDiameter: 210,
  },
  Location: {
    color: '#5CB85C',
    borderColor: '#3E8E3E',
    textColor: '#FFFFFF',
    caption: 'name',
    diameter: 45,
    browserDiameter: 180,
  },
  Group: {
    color: '#9B59B6',
    borderColor: '#7D3C98',
    textColor: '#FFFFFF',
    caption: 'name',
    diameter: 45,
    browserDiameter: 180,
  },
  Event: {
    color: '#1ABC9C',
    borderColor: '#148F77',
    textColor: '#FFFFFF',
    caption: 'name',
    diameter: 45,
    browserDiameter: 180,
  },
  Article: {
    color: '#A5ABB6',
    borderColor: '#808080',
    textColor: '#2A2C34',
    caption: 'title',
    diameter: 35,
    browserDiameter: 130,
  },
};

/**
 * Neo4j Browser zooms a result out until it fits its frame: to a sixth or a seventh for 90 nodes. Its
 * nodes are therefore drawn three to four times the size of pictures' (browserDiameter), with
 * captions of CAPTION_PX, so that names read at about 6px at that zoom; persons and
 * organizations, whose names are longest, get the widest circles. A small result draws big;
 * Browser's zoom buttons shrink it.
 */
const CAPTION_PX = 39;
const ARTICLE_CAPTION_PX = 24;
const RELATIONSHIP_CAPTION_PX = 16;

/** A Neo4j Browser style sheet (GraSS): paste it after `:style`, or drop the file on Browser. */
export function grassStyleSheet(): string {
  const nodes = Object.entries(NODE_STYLES).map(([label, s]) => {
    const font = label === 'Article' ? ARTICLE_CAPTION_PX : CAPTION_PX;
    return (
      `node.${label} {\n  color: ${s.color};\n  border-color: ${s.borderColor};\n` +
      `  text-color-internal: ${s.textColor};\n  diameter: ${s.browserDiameter}px;\n` +
      `  font-size: ${font}px;\n  caption: '{${s.caption}}';\n}`
    );
  });
  const rels = [
    `relationship {\n  color: #A5ABB6;\n  shaft-width: 1px;\n  font-size: ${RELATIONSHIP_CAPTION_PX}px;\n  caption: '<type>';\n}`,
    `relationship.OPPOSES {\n  color: #D9534F;\n  shaft-width: 2px;\n}`,
    `relationship.SUPPORTS {\n  color: #5CB85C;\n  shaft-width: 2px;\n}`,
    `relationship.ALLIED_WITH {\n  color: #4C8EDA;\n  shaft-width: 2px;\n}`,
    `relationship.QUOTES {\n  color: #9B59B6;\n  caption: '<type>';\n}`,
  ];
  const fallback =
    `node {\n  diameter: ${NODE_STYLES.Person.browserDiameter}px;\n  font-size: ${CAPTION_PX}px;\n` +
    `  color: #A5ABB6;\n  caption: '{name}';\n}`;
  return [fallback, ...nodes, ...rels].join('\n\n') + '\n';
}
