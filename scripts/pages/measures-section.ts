// The Methodology page's section on constant dollars and scale: how a sum is restated in one month's dollars, and
// measured against a country.
import {dataTable} from "../../docs/components/story.js";
import {computedText, WORLD_BANK_SOURCE, type Project} from "../../src/index.js";
import {elementHtml, html} from "../../src/story/html.js";
import type {PageContext} from "./context.js";

export function measuresSection(project: Project, ctx: PageContext): string[] {
  const d = project.dollars;
  const scales = Object.values(project.scales);
  if (!d && !scales.length) return [];
  const out = ["## Constant dollars, shares of GDP and sums per person", ""];
  if (d) {
    const note = d.note && html` (${d.note})`;
    out.push(
      html`Sums in US dollars can also be read in **${d.label}**${note}: each is multiplied by the US consumer price index of that month (${d.source}), ${d.cpi}, and divided by the mean index of the months the sum is in. A sum converted at the mean rate of a window is in that window’s dollars; one at the rate of a day, in that month’s; one at the article’s or the reader’s rate, in the publication month’s; an amount reported in US$, in those of its period or else of its date. The table \`constant-dollars\` on the [Data](./data) page gives every sum with both indexes.`
        .text,
      ""
    );
  }
  if (scales.length) {
    const computed = scales.map((s) => ({
      figure: computedText(project, [Object.keys(project.scales).find((k) => project.scales[k] === s)!])
    }));
    out.push(
      html`A figure with the rule \`gdp_share:<figure>:<country code>\` is a sum divided by the country’s mean yearly GDP in current US$ over the years of the sum’s own time (its period, else the window of its mean rate, else the year of its date); \`per_person:<figure>:<country code>\` divides by the mean population. A sum in another currency is taken at the mean rate of those years, as the World Bank’s GDP in US$ is at each year’s mean rate. Where those years are past the data, its latest year stands in, and the table says so. Aggregates such as the World (\`WLD\`) or the European Union (\`EUU\`) are marked as such. Source: ${WORLD_BANK_SOURCE}; the table \`scale\` gives every input.`
        .text,
      "",
      elementHtml(dataTable(computed, [{name: "figure", label: "Computed"}], ctx.document)).text,
      ""
    );
  }
  return out;
}
