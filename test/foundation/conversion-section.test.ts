// A converted amount's section on the story page: its notes on the rates used, each said once.
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {storyModel} from "../../src/index.js";
import {projectRoot} from "../../scripts/root.js";
import {conversionSection} from "../../scripts/pages/conversion-section.js";
import {staticDocument} from "../../scripts/pages/context.js";
import {build, readStory} from "../helpers/project.js";

describe("a conversion's section", () => {
  it("says each note on its rates once, though two bases fall back in the same words", () => {
    const model = storyModel(build(readStory(join(projectRoot, "test", "fixtures", "story-won"))));
    const id = model.conversions[0].figure;
    const bases = model.fx[id]!;
    // The rate at publication falls back to a month's average (there are no daily won rates); the article's own
    // basis is made to fall back in the very same words, as a basis with no rate of its own does.
    const note = bases.spot!.note!;
    expect(note).toMatch(/^no daily KRW rates in the data/);
    bases.article = {...bases.spot!};
    const html = conversionSection(model, id, {document: staticDocument(), preview: false});
    expect(html.split(`Note: ${note}.`).length - 1).toBe(1);
  });
});
