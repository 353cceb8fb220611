// The noun phrase of an amount, from its own sentence written here.
import {describe, expect, it} from "vitest";
import {nounPhrase} from "../../../src/draft/noun-phrase.js";

// The noun phrase of `amount` in `text`, its clause the whole sentence unless `clause` is given.
function label(text: string, amount: string, from = 0, clause?: string) {
  const start = text.indexOf(amount, from);
  const c = clause
    ? {start: text.indexOf(clause), end: text.indexOf(clause) + clause.length}
    : {start: 0, end: text.length};
  return nounPhrase(text, {start, end: start + amount.length}, c);
}

describe("nounPhrase", () => {
  it("is what follows the amount: of, for, on, in", () => {
    const text =
      "It would issue 15 trillion won of government-guaranteed bonds and attract 15 trillion won of private capital.";
    expect(label(text, "15 trillion won")).toBe("government-guaranteed bonds");
    expect(label(text, "15 trillion won", 20)).toBe("private capital");
    expect(label("Tokyo will spend ¥252.5 billion for semiconductors this year.", "¥252.5 billion")).toBe(
      "semiconductors"
    );
    expect(label("The plan puts 10.1 trillion won on AI over five years.", "10.1 trillion won")).toBe("AI");
  });

  it("is the noun the amount qualifies", () => {
    const text = "The government proposed a 728 trillion won ($523 billion) budget for next year.";
    const start = text.indexOf("728");
    expect(nounPhrase(text, {start, end: text.indexOf(")") + 1}, {start: 0, end: text.length})).toBe("budget");
    expect(label("It set up a 30 trillion won fund for advanced industries in 2026.", "30 trillion won")).toBe(
      "fund for advanced industries"
    );
  });

  it("is the noun before “of”, or else the clause's subject", () => {
    expect(label("Last year's budget of 656.6 trillion won was small.", "656.6 trillion won")).toBe("budget");
    expect(label("The package is worth €5 billion.", "€5 billion")).toBe("package");
    expect(label("Electricity and gas subsidies will cost 1 trillion yen.", "1 trillion yen")).toBe(
      "Electricity and gas subsidies"
    );
    expect(label("Defence spending will rise to 82.7 billion euros next year.", "82.7 billion euros")).toBe(
      "Defence spending"
    );
  });

  it("is nothing for a word that only qualifies the amount", () => {
    expect(label("and a further 58.9 billion euros through the fund", "58.9 billion euros")).toBe("");
  });

  it("is what the money goes to, after a verb of where it goes or whom it comes from", () => {
    expect(label("About 3 trillion won will go to three new industries.", "3 trillion won")).toBe(
      "three new industries"
    );
    expect(label("2 billion rand will be freed up for small farmers in the Cape.", "2 billion rand")).toBe(
      "small farmers in the Cape"
    );
    expect(label("with 90 billion yen going to new ships", "90 billion yen")).toBe("new ships");
    const share = "of which Rs 5,000 crore will be provided by the state government and the rest by banks";
    expect(label(share, "Rs 5,000 crore")).toBe("state government");
    // An adverb after the preposition is not the label's first word: "to directly combating …".
    expect(label("and 4 billion pesos will go to directly fighting floods", "4 billion pesos")).toBe("fighting floods");
  });

  it("is what the money does, as a gerund: “to help rebuild the port” → “rebuilding the port”", () => {
    const text = "Ottawa will spend C$3 billion over the next five years to help rebuild the port after the storm.";
    expect(label(text, "C$3 billion")).toBe("rebuilding the port");
    expect(label("700 million pesos will help schools hire teachers.", "700 million pesos")).toBe(
      "helping schools hire teachers"
    );
    expect(
      label("It will transfer R$5 billion (US$1 billion) to offset lost tax revenue.", "R$5 billion (US$1 billion)")
    ).toBe("offsetting lost tax revenue");
  });

  it("skips a span of time and a bracket after the amount: “1 trillion reais over the next few months for …”", () => {
    const text = "The state will disperse 1 trillion reais over the next few months for the various measures it takes.";
    expect(label(text, "1 trillion reais")).toBe("various measures");
    // The bracketed conversion's own label is what follows its bracket.
    expect(label("a deal over 10bn euros (£8.5bn) in subsidies for the plant", "£8.5bn")).toBe(
      "subsidies for the plant"
    );
  });

  it("is the name before a bracketed amount: “the Ministry of Health (RM2 million)”", () => {
    const text = "for the Ministry of Health (RM2 million) and the Ministry of Rural Development (RM3 million).";
    expect(label(text, "RM2 million")).toBe("Ministry of Health");
    expect(label(text, "RM3 million")).toBe("Ministry of Rural Development");
  });

  it("reads “worth of” as “of”, and a fund “aimed at”, “designed to” as a fund for", () => {
    expect(label("The bank bought 2 billion euros worth of green bonds.", "2 billion euros")).toBe("green bonds");
    expect(label("It gives ¥50 billion to a fund aimed at ensuring stable water supply.", "¥50 billion")).toBe(
      "fund for stable water supply"
    );
    expect(label("It gives ¥50 billion to a fund aimed at providing support to Acme Corp.", "¥50 billion")).toBe(
      "fund for support to Acme Corp"
    );
  });

  it("stops a subject at its verb, its adverb or a participle of motion", () => {
    expect(label("The Ministry of Finance issued 1.5 trillion yuan.", "1.5 trillion yuan")).toBe("Ministry of Finance");
    expect(label("Acme initially agreed to pay 5bn euros.", "5bn euros")).toBe("Acme");
    expect(label("The amount of aid going into the firm will total 1 trillion yen.", "1 trillion yen")).toBe(
      "total aid"
    );
  });

  it("is what the amount is of, said before it", () => {
    const outlay = "The cabinet approved extension of the rural roads project with an outlay of Rs 1,000 crore.";
    expect(label(outlay, "Rs 1,000 crore")).toBe("extension of the rural roads project");
    const inject = "Brazil announced emergency measures to inject nearly 150 billion reais into the economy.";
    expect(label(inject, "150 billion reais")).toBe("emergency measures");
    const which = "The spending is requested for the Ministry of Health which amounts to RM64.9 million.";
    expect(label(which, "RM64.9 million")).toBe("Ministry of Health");
    const bring = "It added ¥100 billion, bringing the total amount of support for Acme to ¥330 billion.";
    expect(label(bring, "¥330 billion")).toBe("total support for Acme");
    const estimate = "while estimating the total cost of the project at 17bn euros";
    expect(label(estimate, "17bn euros")).toBe("total cost of the project");
    // "and" before a verb and its object starts a new clause.
    const ceiling = "The state will spend RM400 billion under the plan and increase the ceiling to RM15 billion.";
    expect(label(ceiling, "RM400 billion")).toBe("plan");
    expect(label(ceiling, "RM15 billion")).toBe("ceiling");
    expect(label("making the whole total of RM415 billion", "RM415 billion")).toBe("whole total");
    // A cost says nothing of what: the subject does.
    expect(label("The dam will be built at a cost of Rs 4,287 crore.", "Rs 4,287 crore")).toBe("dam");
  });

  it("is the noun the amount qualifies, with or without a determiner", () => {
    expect(label("Tokyo approved a massive 20 trillion yen stimulus package.", "20 trillion yen")).toBe(
      "stimulus package"
    );
    expect(label("Acme unveils $1.2 billion chip investment plan", "$1.2 billion")).toBe("chip investment plan");
    expect(label("He noted a likely 16 billion reais hole in the budget.", "16 billion reais")).toBe(
      "hole in the budget"
    );
    expect(label("It was founded through an initial ¥7 billion investment by Toyota.", "¥7 billion")).toBe(
      "investment by Toyota"
    );
    // A unit the amount was not read with is no noun of it.
    expect(label("Rs 5,000 crores will be spent on this.", "Rs 5,000")).not.toMatch(/crore/);
  });

  it("never opens on a preposition or an adverb of an opening phrase", () => {
    expect(label("According to the minister, 83 billion reais will be freed up.", "83 billion reais")).toBe("");
    // A participle alone is no noun; a gerund subject is.
    expect(label("Estimated cost of the scheme is Rs 500 crore.", "Rs 500 crore")).toBe("Estimated cost of the scheme");
    expect(label("Combined with the ¥330 billion already set aside", "¥330 billion")).toBe("");
    expect(label("Spending will reach 9 billion euros.", "9 billion euros")).toBe("Spending");
  });

  it("is the fiscal year a split year names, when nothing else follows", () => {
    const text = "with A$1 billion earmarked for 2020/21 and A$500 million for 2021-22";
    expect(label(text, "A$1 billion")).toBe("fiscal 2020/21");
    expect(label(text, "A$500 million")).toBe("fiscal 2021/22");
    // A single year is a time, not a label.
    expect(label("with A$1 billion earmarked for 2020", "A$1 billion")).toBe("");
  });

  it("is never a word of time", () => {
    expect(label("Spending will reach 9 billion euros in 2026.", "9 billion euros")).toBe("Spending");
  });

  it("reads past a time said before what the money is for", () => {
    expect(label("Ottawa will put C$2 billion next year into rural broadband.", "C$2 billion")).toBe("rural broadband");
    expect(label("The city will spend $40 million in 2027 on new trams.", "$40 million")).toBe("new trams");
  });

  it("is what was done with the money when no noun names it", () => {
    expect(label("Added to the $90 million already pledged by donors, the total tops $1 billion.", "$90 million")).toBe(
      "already pledged by donors"
    );
    expect(label("Only a fifth of the originally allocated €5 billion has arrived.", "€5 billion")).toBe(
      "originally allocated"
    );
    expect(label("The agency has disbursed ₹300 crore to the farmers so far.", "₹300 crore")).toBe(
      "disbursed to the farmers"
    );
  });

  it("is the noun phrase before a comma that a total follows", () => {
    const text = "The bill also includes grants for flood defences, totalling £3 billion.";
    expect(label(text, "£3 billion", 0, "totalling £3 billion.")).toBe("grants for flood defences");
  });

  it("is what the money does when its noun says only that it is money", () => {
    expect(label("The $3-billion investment will expand the port of Durban.", "$3-billion")).toBe(
      "expanding the port of Durban"
    );
    expect(
      label("Lima set aside 2 billion soles in spending in its budget to repair the roads.", "2 billion soles")
    ).toBe("repairing the roads");
  });

  it("drops a year's possessive cut short before the noun", () => {
    expect(label("Sales grew from last year’ rice harvest value of 4 billion baht.", "4 billion baht")).toBe(
      "rice harvest value"
    );
  });

  it("is the purpose a sentence opens on, when the amount's clause names none", () => {
    const text = "To protect the coastal towns of the north, the ministry will spend €700 million by 2028.";
    expect(label(text, "€700 million", 0, "the ministry will spend €700 million by 2028.")).toBe(
      "protecting the coastal towns of the north"
    );
  });

  it("is what a clause after the amount says it was set aside for", () => {
    const text =
      "The audit found several grants, the largest being R75-million, which was earmarked to repair school roofs.";
    expect(label(text, "R75-million", 0, "the largest being R75-million")).toBe("repairing school roofs");
  });

  it("reads a qualified cost as a noun, not a verb", () => {
    expect(label("The projected cost of the new bridge is $2.1 billion.", "$2.1 billion")).toBe(
      "projected cost of the new bridge"
    );
  });

  describe("on unseen articles (Moneycontrol, 2019; Republic World, 2024)", () => {
    it("is the named thing whose outlay it is, past the clause's comma and its name's acronym", () => {
      const fame =
        "Union Minister Arun Jaitley on February 28 said that the Cabinet has approved the proposal to implement the second phase of the Faster Adoption and Manufacturing of (Hybrid and) Electric vehicles (FAME) scheme, with an outlay of Rs 10,000 crore for a period of three years starting from April 1, 2019.";
      expect(label(fame, "Rs 10,000 crore", 0, "with an outlay of Rs 10,000 crore")).toBe(
        "second phase of the FAME scheme"
      );
      const policy =
        "It has also approved the National Policy on Software Products – 2019, which will have an outlay of Rs 1,500 crore over a period of seven years for the creation of sustainable Indian software product industry to nurture 10,000 startups and 1 lakh IT professionals.";
      expect(label(policy, "Rs 1,500 crore", 0, "which will have an outlay of Rs 1,500 crore")).toBe(
        "National Policy on Software Products"
      );
    });

    it("reads what follows a span of time “for a period of …”", () => {
      const text =
        "The state will spend Rs 500 crore for a period of five years starting from April 2020 on rural roads.";
      expect(label(text, "Rs 500 crore")).toBe("rural roads");
      expect(
        label(
          "It set aside Rs 90 crore over a period of two years for the creation of new science labs.",
          "Rs 90 crore"
        )
      ).toBe("creation of new science labs");
    });

    it("is what is estimated “to be” the amount", () => {
      const text = "The government estimates the debt of Air India Ltd to be around Rs 29,464 crore.";
      expect(label(text, "Rs 29,464 crore")).toBe("debt of Air India Ltd");
    });

    it("is what a list totals, its names whole, over “more than”", () => {
      const text =
        "Intel, a probable recipient, has ongoing projects in Arizona, Ohio, New Mexico, and Oregon, totalling more than $43.5 billion.";
      expect(label(text, "$43.5 billion", 0, "totalling more than $43.5 billion.")).toBe(
        "projects in Arizona, Ohio, New Mexico, and Oregon"
      );
    });

    it("reads “by way of” as what the money is", () => {
      const text =
        "Further, the Cabinet approved foreign investments of more than Rs 5,000 crore and up to Rs 25,000 crore by way of a rights issue in Vodafone Idea Limited.";
      expect(label(text, "Rs 5,000 crore")).toBe("foreign investments");
      expect(label(text, "Rs 25,000 crore")).toBe("rights issue in Vodafone Idea Limited");
    });
  });
  it("goes on past a list's comma to the noun the list qualifies", () => {
    // Batteries & Energy Storage Technology, 2013: a list of what qualifies "vehicles", cut by its clause's comma
    const text =
      'The government will provide up to 60,000 yuan to buyers of all-electric, "near all-electric" and hydrogen ' +
      "vehicles until 2015, according to the BBC.";
    const clause = "The government will provide up to 60,000 yuan to buyers of all-electric";
    expect(label(text, "60,000 yuan", 0, clause)).toBe(
      "buyers of all-electric, near all-electric and hydrogen vehicles"
    );
    // (a list of plural nouns is the label's own list, and a new clause after "and" is not the list)
    const nouns = "It will spend 5 billion euros on roads, bridges and port facilities.";
    expect(label(nouns, "5 billion euros", 0, "It will spend 5 billion euros on roads")).toBe("roads");
    const clauseAfter = "It will spend 5 billion euros on research, and the companies said so.";
    expect(label(clauseAfter, "5 billion euros", 0, "It will spend 5 billion euros on research")).toBe("research");
  });

  it("is the cost of what a sentence priced before, for a sum “which is expected to cost”", () => {
    // Dow Jones, 2020: the sum is what the earlier payment costs in all, not the last noun before "which"
    const text =
      "The government plans a payment of 600 reais ($112) per month for three months to individuals with " +
      "informal jobs, including domestic workers and others, which alone is expected to cost just over 98 billion reais.";
    expect(label(text, "98 billion reais", 0, "which alone is expected to cost just over 98 billion reais.")).toBe(
      "cost of the payment"
    );
  });
  it("is what a sum does when it says nothing more than that it is a sum, without the object's count", () => {
    // YourStory, 2024
    const text = "A sum of Rs 4,391 crore has been provided to procure 14,028 e-buses by public transport agencies.";
    expect(label(text, "Rs 4,391 crore")).toBe("procuring e-buses");
    const allotted =
      "Rs 500 crore is for e-ambulances, while Rs 500 crore has been allotted to incentivise adoption of electric trucks.";
    const clause = "while Rs 500 crore has been allotted to incentivise adoption of electric trucks.";
    expect(label(allotted, "Rs 500 crore", 10, clause)).toBe("incentivising adoption of electric trucks");
  });

  it("is what the sentence named before, for a sum “for the same”", () => {
    const text =
      "It proposes the installation of 22,100 fast chargers for electric four-wheelers and has allotted Rs 2,000 crore for the same.";
    expect(label(text, "Rs 2,000 crore")).toBe("installation of fast chargers");
  });
  it("is who pays a share, a gap, a sum raised 'to over', and costs that are additional", () => {
    // breakinglatest.news, 2023: a German steel subsidy, in English
    const share =
      "70 percent from the federal government, which is around 1.4 billion euros, 30 percent from the state.";
    expect(label(share, "1.4 billion euros", 0, "which is around 1.4 billion euros")).toBe("federal government");
    expect(label("There would remain a gap of almost 1.5 billion euros.", "1.5 billion euros")).toBe("gap");
    const sum = "Additional costs increase the investment sum to over 2 billion euros.";
    expect(label(sum, "2 billion euros")).toBe("investment sum");
    const costs = "It costs 1.8 billion euros for the construction of the plant and additional costs that rise.";
    expect(label(costs, "1.8 billion euros")).toBe("construction of the plant and additional costs");
  });
});
