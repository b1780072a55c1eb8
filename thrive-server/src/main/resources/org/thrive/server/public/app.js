// The page for the shared-decision conversation. Everything shown comes from the service's advice;
// text from the case or the rules is always set as text, never as markup.
"use strict";

(function () {
  const $ = (id) => document.getElementById(id);
  const GROUPING_LABELS = {
    THRIVING: "Thriving",
    GETTING_ADVICE: "Getting Advice",
    GETTING_HELP: "Getting Help",
    GETTING_MORE_HELP: "Getting More Help",
    GETTING_RISK_SUPPORT: "Getting Risk Support",
  };
  const SAFEGUARD_LABELS = {
    IMMEDIATE_CRISIS_RESPONSE: "Immediate crisis response",
    SAFETY_PLAN: "Safety plan",
    RISK_MANAGEMENT_PLAN: "Risk management plan",
    CLINICAL_REVIEW_REQUIRED: "Clinical review required",
    SAFEGUARDING: "Safeguarding",
    RISK_ASSESSMENT: "Risk assessment",
    SPECIALIST_ASSESSMENT: "Specialist assessment",
  };
  const SET_ASIDE_REASONS = [
    ["ALREADY_IN_PLACE", "Already in place"],
    ["PROVIDED_BY_ANOTHER_AGENCY", "Provided by another agency"],
    ["CLINICAL_REVIEW_COMPLETED", "Clinical review completed"],
    ["RISK_REASSESSED", "Risk reassessed"],
    ["OTHER", "Other reason (say why in the note)"],
  ];
  const CHARACTERISTICS = [
    ["design", "How it is designed"],
    ["aim", "What it aims to do"],
    ["participants", "The young person and family"],
    ["timeframe", "How long"],
    ["structure", "How it is structured"],
    ["whenPlanChanges", "When the plan changes"],
  ];

  let groupings = [];
  let current = null; // { caseJson, response }

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function audience() {
    return document.querySelector('input[name="audience"]:checked').value;
  }

  function isFamily(a) {
    return a !== "practitioner";
  }

  function showError(box, body) {
    clear(box);
    const where = body && body.field && body.field !== "$" ? body.field + ": " : "";
    box.appendChild(el("strong", "Not accepted. "));
    box.appendChild(document.createTextNode(where + ((body && body.problem) || "the service could not answer")));
    box.hidden = false;
    box.focus();
  }

  async function call(method, url, body, type) {
    const init = { method, headers: {} };
    if (body !== undefined) {
      init.body = body;
      init.headers["Content-Type"] = type || "application/json";
    }
    const res = await fetch(url, init);
    let json = null;
    try {
      json = await res.json();
    } catch (e) {
      json = { problem: "the service's answer could not be read" };
    }
    return { ok: res.ok, status: res.status, json };
  }

  async function loadLists() {
    const ex = await call("GET", "/api/examples");
    if (ex.ok) {
      for (const name of ex.json.examples) {
        const o = el("option", name);
        o.value = name;
        $("example").appendChild(o);
      }
    }
    const gs = await call("GET", "/api/groupings");
    if (gs.ok) {
      groupings = gs.json.groupings;
    }
  }

  async function loadExample() {
    const name = $("example").value;
    if (!name) return;
    const res = await fetch("/api/examples/" + encodeURIComponent(name));
    $("case-json").value = await res.text();
  }

  function loadFile() {
    const f = $("case-file").files[0];
    if (!f) return;
    const r = new FileReader();
    r.onload = () => { $("case-json").value = String(r.result); };
    r.readAsText(f);
  }

  async function suggest() {
    const box = $("case-error");
    box.hidden = true;
    const text = $("case-json").value;
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      showError(box, { field: "Case", problem: "is not well-formed JSON" });
      return;
    }
    const fhir = parsed && parsed.resourceType === "QuestionnaireResponse";
    const query = "?harmFromOthersSafeToShareWithYoungPerson=" + $("safe-young-person").checked
      + "&harmFromOthersSafeToShareWithParent=" + $("safe-parent").checked;
    const res = await call("POST", "/api/discussion" + query, text,
      fhir ? "application/fhir+json" : "application/json");
    if (!res.ok) {
      showError(box, res.json);
      $("result").hidden = true;
      $("decision").hidden = true;
      return;
    }
    current = { caseJson: parsed, fhir, response: res.json };
    $("result").hidden = false;
    $("decision").hidden = false;
    $("decision-error").hidden = true;
    $("decision-done").hidden = true;
    render();
    renderDecisionForm();
    $("result-heading").setAttribute("tabindex", "-1");
    $("result-heading").focus();
  }

  function wording(w, a) {
    if (!w) return "";
    return isFamily(a) ? w.family : w.practitioner;
  }

  function age() {
    return current && current.caseJson && typeof current.caseJson.age === "number" ? current.caseJson.age : null;
  }

  function render() {
    const a = audience();
    const advice = current.response.advice;
    const views = current.response.views;
    document.body.classList.toggle("family-mode", isFamily(a));
    const sixteen = age() !== null && age() >= 16;
    $("consent-row").hidden = !sixteen;
    const gated = a === "parentOrCarer" && sixteen && !$("yp-agrees").checked;
    $("result").classList.toggle("gated", gated);

    // Safeguards, always visible: practitioners see each with its kind; families see what their own
    // page says, so the screen never says more than the page.
    const list = $("safeguard-list");
    clear(list);
    if (isFamily(a)) {
      for (const line of views[a].safeguards) {
        list.appendChild(el("li", line));
      }
    } else {
      for (const s of advice.safeguards) {
        const li = el("li");
        li.appendChild(el("span", SAFEGUARD_LABELS[s.kind] + ": ", "safeguard-kind"));
        li.appendChild(document.createTextNode(s.practitioner));
        li.dataset.kind = s.kind;
        list.appendChild(li);
      }
    }
    $("no-safeguards").hidden = advice.safeguards.length > 0;
    staleWarning(advice);

    // The suggestion.
    if (advice.suggestion) {
      $("suggested").textContent = advice.suggestion.label;
      const option = advice.options.find((o) => o.suggested);
      $("suggested-input").textContent = isFamily(a)
        ? (option ? option.involves.family : "")
        : advice.suggestion.input.label + ": " + advice.suggestion.input.description;
    } else {
      $("suggested").textContent = "No grouping can be suggested yet";
      $("suggested-input").textContent = "Record what is missing first; the safeguards apply meanwhile.";
    }
    $("advice-notice").textContent = advice.notice;
    const missing = $("missing-list");
    clear(missing);
    for (const m of advice.missing) missing.appendChild(el("li", m.label + ": " + m.why));
    $("missing-section").hidden = advice.missing.length === 0;
    const nk = $("not-known-list");
    clear(nk);
    for (const f of advice.notKnown) nk.appendChild(el("li", f.label));
    $("not-known-section").hidden = advice.notKnown.length === 0;

    // In words.
    const words = $("words");
    clear(words);
    if (a === "practitioner") {
      words.textContent = views.practitioner;
    } else if (gated) {
      words.appendChild(el("p", "This young person is 16 or older. Ask them first: tick that they agree before"
        + " their parent or carer sees this page."));
    } else {
      const page = views[a];
      words.appendChild(document.createTextNode(page.summary));
      if (page.details) {
        const d = el("details");
        d.appendChild(el("summary", "More detail"));
        d.appendChild(el("div", page.details));
        words.appendChild(d);
      }
    }
    const printPage = a === "parentOrCarer" && !gated ? views.parentOrCarer : views.youngPerson;
    $("family-print-text").textContent = printPage.summary;
    $("print-date").textContent = "Printed on " + new Date().toLocaleDateString("en-GB",
      { day: "numeric", month: "long", year: "numeric" });
    $("print-contacts").hidden = !advice.safeguards.some((s) => s.kind === "IMMEDIATE_CRISIS_RESPONSE"
      || s.kind === "SAFETY_PLAN");

    // The reasons that decided.
    const reasons = $("reason-list");
    clear(reasons);
    const said = new Set();
    for (const r of advice.reasons) {
      if (r.standing === "SET_ASIDE" && isFamily(a)) continue;
      const text = isFamily(a) ? r.family : r.practitioner;
      if (!text || (isFamily(a) && said.has(text))) continue;
      said.add(text);
      const li = el("li", text);
      li.dataset.ruleId = r.ruleId;
      if (!isFamily(a)) {
        const standing = r.standing === "SET_ASIDE" ? "Outweighed" : r.standing === "ON_HOLD" ? "On hold" : "Supports";
        li.appendChild(el("span", " (" + standing + "; rule " + r.ruleId + ")", "standing"));
      }
      reasons.appendChild(li);
    }

    renderOptions(advice, a);
    renderCharacteristics(advice);

    // Why not the others.
    const wn = $("whynot-list");
    clear(wn);
    for (const w of advice.whyNot) {
      const text = wording(w.summary, a);
      if (!text) continue;
      const li = el("li");
      li.appendChild(el("strong", GROUPING_LABELS[w.grouping] + ": "));
      li.appendChild(document.createTextNode(text));
      wn.appendChild(li);
    }

    // What would change it: families see only their own levers.
    const ch = $("change-list");
    clear(ch);
    const changes = advice.changesToDiscuss;
    $("changes-notice").textContent = changes ? changes.notice : "";
    let shown = 0;
    const cannotSuggest = !advice.suggestion;
    $("no-changes").textContent = cannotSuggest
      ? "Record what is missing first: what would change the suggestion is shown once one can be made."
      : "No single change in the case's own choices or circumstances would change this suggestion.";
    if (changes && !cannotSuggest) {
      for (const o of changes.options) {
        let text;
        if (a === "practitioner") text = o.wording.practitioner;
        else if (!o.forFamily) continue;
        else text = a === "parentOrCarer" && o.forParent ? o.forParent : o.wording.family;
        if (!text) continue;
        const li = el("li", text);
        li.dataset.leadsTo = o.leadsTo;
        ch.appendChild(li);
        shown++;
      }
    }
    $("no-changes").hidden = shown > 0;
  }

  function staleWarning(advice) {
    const box = $("stale");
    const assessed = current.caseJson && current.caseJson.assessmentDate;
    box.hidden = true;
    if (!assessed) return;
    const days = Math.round((Date.now() - Date.parse(assessed + "T00:00:00Z")) / 86400000);
    if (days < 0) {
      box.textContent = "The assessment date " + assessed + " is in the future: check it before deciding.";
      box.hidden = false;
    } else if (days > 42) {
      box.textContent = "This assessment is from " + assessed + ", " + days + " days ago: its review dates may have"
        + " passed. Reassess before deciding.";
      box.hidden = false;
    }
  }

  function renderOptions(advice, a) {
    const t = $("options-table");
    clear(t);
    t.appendChild(el("caption", "The groupings to discuss, with what each involves"));
    const head = el("thead");
    const hr = el("tr");
    hr.appendChild(headerCell("", "col"));
    for (const o of advice.options) {
      const th = headerCell(GROUPING_LABELS[o.grouping] + (o.suggested ? " (suggested)" : ""), "col");
      if (o.suggested) th.className = "is-suggested";
      hr.appendChild(th);
    }
    head.appendChild(hr);
    t.appendChild(head);
    const body = el("tbody");
    for (const [key, label] of [["involves", "What it involves"], ["providedBy", "Who provides it"],
      ["howLong", "How long"], ["success", "What success looks like"]]) {
      const tr = el("tr");
      tr.appendChild(headerCell(label, "row"));
      for (const o of advice.options) {
        const td = el("td", wording(o[key], a));
        if (o.suggested) td.className = "is-suggested";
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    t.appendChild(body);
  }

  function renderCharacteristics(advice) {
    const t = $("characteristics-table");
    clear(t);
    const pair = groupings.filter((g) => g.grouping === "GETTING_MORE_HELP" || g.grouping === "GETTING_RISK_SUPPORT");
    t.appendChild(el("caption", "How extensive treatment and risk support differ"));
    const head = el("thead");
    const hr = el("tr");
    hr.appendChild(headerCell("", "col"));
    const suggested = advice.suggestion ? advice.suggestion.grouping : null;
    for (const g of pair) {
      const th = headerCell(g.label + ": " + g.input.label + (g.grouping === suggested ? " (suggested)" : ""), "col");
      if (g.grouping === suggested) th.className = "is-suggested";
      hr.appendChild(th);
    }
    head.appendChild(hr);
    t.appendChild(head);
    const body = el("tbody");
    for (const [key, label] of CHARACTERISTICS) {
      const tr = el("tr");
      tr.appendChild(headerCell(label, "row"));
      for (const g of pair) {
        const c = g.input.characteristics || {};
        const td = el("td", c[key] || "");
        if (g.grouping === suggested) td.className = "is-suggested";
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    t.appendChild(body);
  }

  function headerCell(text, scope) {
    const th = el("th", text);
    th.scope = scope;
    return th;
  }

  function renderDecisionForm() {
    const advice = current.response.advice;
    const agreed = $("agreed");
    clear(agreed);
    const choose = el("option", "Choose the grouping agreed…");
    choose.value = "";
    agreed.appendChild(choose);
    for (const key of Object.keys(GROUPING_LABELS)) {
      const o = el("option", GROUPING_LABELS[key] + (advice.suggestion && advice.suggestion.grouping === key ? " (the suggestion)" : ""));
      o.value = key;
      agreed.appendChild(o);
    }
    $("difference-reason").value = "";
    const list = $("setaside-list");
    clear(list);
    // one row per kind of safeguard (the record sets aside a kind); a clinical review is offered too
    // whenever the record would add one (agreeing to less support while any risk is recorded)
    const kinds = [];
    for (const s of advice.safeguards) if (!kinds.includes(s.kind)) kinds.push(s.kind);
    const atRisk = advice.riskSignals.length > 0 || advice.safeguards.length > 0;
    if (atRisk && !kinds.includes("CLINICAL_REVIEW_REQUIRED")) kinds.push("CLINICAL_REVIEW_REQUIRED");
    if (kinds.length === 0) {
      list.appendChild(el("p", "No safeguards were raised."));
    }
    kinds.forEach((kind, i) => {
      const row = el("div", null, "setaside");
      row.dataset.kind = kind;
      const raised = advice.safeguards.filter((s) => s.kind === kind).length;
      const label = SAFEGUARD_LABELS[kind] + (raised > 1 ? " (" + raised + " raised)" : raised === 0
        ? " (added to the record when less support is agreed while risk is recorded)" : "");
      const group = el("div", null, "checkbox");
      const box = el("input");
      box.type = "checkbox";
      box.id = "setaside-" + i;
      box.className = "setaside-box";
      const boxLabel = el("label", "Set aside: " + label);
      boxLabel.htmlFor = box.id;
      group.appendChild(box);
      group.appendChild(boxLabel);
      row.appendChild(group);
      const field = el("div", null, "field");
      const selLabel = el("label", "Coded reason for setting aside " + label);
      selLabel.htmlFor = "setaside-reason-" + i;
      const sel = el("select");
      sel.id = "setaside-reason-" + i;
      sel.className = "setaside-reason";
      const none = el("option", "No reason chosen");
      none.value = "";
      sel.appendChild(none);
      for (const [code, text] of SET_ASIDE_REASONS) {
        const o = el("option", text);
        o.value = code;
        sel.appendChild(o);
      }
      field.appendChild(selLabel);
      field.appendChild(sel);
      row.appendChild(field);
      list.appendChild(row);
    });
  }

  async function record(event) {
    event.preventDefault();
    const err = $("decision-error");
    const done = $("decision-done");
    err.hidden = true;
    done.hidden = true;
    const advice = current.response.advice;
    const participants = Array.from(document.querySelectorAll('input[name="participant"]:checked')).map((b) => b.value);
    const setAside = [];
    document.querySelectorAll("#setaside-list .setaside").forEach((row) => {
      if (row.querySelector(".setaside-box").checked) {
        const reason = row.querySelector(".setaside-reason").value;
        setAside.push({ kind: row.dataset.kind, reason: reason || null });
      }
    });
    const decision = {
      agreed: $("agreed").value || null,
      participants,
      differenceReason: $("difference-reason").value || null,
      setAside,
      note: $("note").value,
    };
    const body = { channel: "PAGE", ruleSetSha256: advice.provenance.ruleSetSha256, decision };
    if (current.fhir) body.questionnaireResponse = current.caseJson;
    else body.case = current.caseJson;
    const res = await call("POST", "/api/decisions", JSON.stringify(body));
    if (!res.ok) {
      showError(err, res.json);
      return;
    }
    const d = res.json.decision;
    clear(done);
    done.appendChild(el("strong", "Recorded as decision record " + res.json.id + ". "));
    done.appendChild(document.createTextNode("Agreed: " + GROUPING_LABELS[d.agreed] + ". Safeguards kept on the record: "
      + d.safeguards.length + (d.setAside.length ? " (" + d.setAside.length + " set aside with a coded reason)" : "") + "."));
    done.dataset.recordId = res.json.id;
    done.hidden = false;
    done.setAttribute("tabindex", "-1");
    done.focus();
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("case-error").setAttribute("tabindex", "-1");
    $("decision-error").setAttribute("tabindex", "-1");
    $("load-example").addEventListener("click", loadExample);
    ["safe-young-person", "safe-parent"].forEach((id) => $(id).addEventListener("change", () => {
      if (current) suggest(); // the words must never lag behind the setting
    }));
    $("yp-agrees").addEventListener("change", () => { if (current) render(); });
    $("case-file").addEventListener("change", loadFile);
    $("suggest").addEventListener("click", suggest);
    document.querySelectorAll('input[name="audience"]').forEach((r) => r.addEventListener("change", () => {
      if (current) render();
    }));
    $("decision-form").addEventListener("submit", record);
    $("print").addEventListener("click", () => window.print());
    loadLists().then(() => { document.body.dataset.ready = "true"; });
  });
})();
