// The article (text, metadata, extracted amounts) and the rate bases, for the story and fact-check pages.
import {loadProject, writeJson} from "../../scripts/project.js";

const p = loadProject();
writeJson({
  meta: p.meta,
  text: p.text,
  mentions: p.mentions.map(({start, end, text, kind, value, unit, figure_ids}) => ({start, end, text, kind, value, unit, figure_ids})),
  conversions: p.conversions.map((c) => ({from: c.from.text, to: c.to.text, pair: c.pair, rate: c.rate})),
  bases: p.bases,
  defaultBasis: p.defaultBasis.basis
});
