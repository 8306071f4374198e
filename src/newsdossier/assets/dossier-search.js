// The dossier's search box (partials/search.html) on Pagefind's JavaScript API.
//
// Pagefind's index (pagefind/, written after the build by the dossier plugin) is split in
// chunks: a query fetches the chunks of its words and the fragments of the results it shows,
// not the whole site's index. Everything is fetched from the site itself, relative to the page,
// so the search works under a sub-path and with no other host reachable.
//
// Result text is data: titles are set as text, and excerpts are parsed in an inert document
// and rebuilt from text nodes and <mark> elements only, so no markup from a page ever runs.

const RESULTS_SHOWN = 10; // results rendered at a time; "more" renders the next ones
const EXCERPT_WORDS = 24;
// A match in a page's `names` (an actor's name and aliases, a topic's title: main.html) counts
// this much more than one in its text. Calibration: on a generated 100-article dossier, 10 left
// "Trump" articles whose title holds "Trump's" above the actors' pages; 50 puts the actors'
// pages first for "Trump", "Clinton" and "Hillary", and the articles keep their order.
const NAMES_WEIGHT = 50;
// Each keystroke's query is searched at once (Pagefind fetches the index chunks of its words),
// but the results are fetched and shown only once typing pauses this long: the fragments of the
// results of every partly typed prefix are not fetched. Calibration: on a 100-article dossier the
// search of "Donald J. Trump" typed a key every 100 ms fetched 37 files (357 kB) without the
// pause, 24 (317 kB) with it; a reader types a key every 100-250 ms, and the pause adds to the
// time results take to show (target: 300 ms).
const TYPING_PAUSE_MS = 120;
// A last word shorter than this is the start of many words, whose index chunks are many: it is
// searched only once typing pauses. Calibration: on a 2,000-article dossier "Donald J. Trump"
// needs 3 index chunks (about 30 kB each); its one- and two-letter prefixes ("D", "Do", "J",
// "T", "Tr") fetch others, up to 7 chunks (237 kB) when each prefix was searched.
const SHORT_PREFIX = 3;

const box = document.querySelector(".nd-search");
const toggle = document.getElementById("__search");
const form = box && box.querySelector("form");
const input = box && box.querySelector(".md-search__input");
const meta = box && box.querySelector(".md-search-result__meta");
const list = box && box.querySelector(".md-search-result__list");
const words = box && box.querySelector(".md-search-result").dataset;

let pagefind = null; // the module, loaded on the first focus of the box
let latest = 0; // the number of the latest query: an older query's results are dropped

function loadPagefind() {
  if (!pagefind) {
    const bundle = new URL(box.dataset.ndPagefind, document.baseURI);
    const site = new URL(box.dataset.ndSite, document.baseURI);
    pagefind = import(bundle.href + "pagefind.js").then(async (module) => {
      await module.options({
        baseUrl: site.pathname,
        excerptLength: EXCERPT_WORDS,
        ranking: { metaWeights: { names: NAMES_WEIGHT } },
      });
      module.init();
      return module;
    });
  }
  return pagefind;
}

function count(n) {
  if (n === 0) return words.ndNone;
  return n === 1 ? words.ndOne : words.ndOther.replace("#", String(n));
}

// Text with <mark> elements from Pagefind's excerpt, and nothing else.
function excerptNodes(excerpt) {
  const parsed = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
  const nodes = [];
  for (const node of parsed.body.firstChild.childNodes) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent));
    }
  }
  return nodes;
}

function resultItem(data, query) {
  const link = document.createElement("a");
  const url = new URL(data.url, document.baseURI);
  for (const word of query.split(/\s+/)) url.searchParams.append("h", word); // marked on the page
  link.href = url.pathname + url.search + url.hash;
  link.className = "md-search-result__link";
  link.tabIndex = -1;
  const article = document.createElement("article");
  article.className = "md-search-result__article md-search-result__article--document md-typeset";
  const icon = document.createElement("div");
  icon.className = "md-search-result__icon md-icon";
  const title = document.createElement("h1");
  title.textContent = data.meta.title || data.url;
  const text = document.createElement("p");
  text.append(...excerptNodes(data.excerpt));
  article.append(icon, title, text);
  link.append(article);
  const item = document.createElement("li");
  item.className = "md-search-result__item";
  item.append(link);
  return item;
}

async function showMore(results, from, query, number) {
  const shown = await Promise.all(results.slice(from, from + RESULTS_SHOWN).map((r) => r.data()));
  if (number !== latest) return;
  list.querySelector(".nd-search-more")?.remove();
  list.append(...shown.map((data) => resultItem(data, query)));
  if (results.length > from + RESULTS_SHOWN) {
    const more = document.createElement("li");
    more.className = "md-search-result__item nd-search-more";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "md-search-result__more";
    button.textContent = "…";
    button.setAttribute("aria-label", count(results.length - from - RESULTS_SHOWN));
    button.addEventListener("click", () => showMore(results, from + RESULTS_SHOWN, query, number));
    more.append(button);
    list.append(more);
  }
}

function pauseAfter(typed) {
  const wait = typed + TYPING_PAUSE_MS - performance.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}

async function search() {
  const number = ++latest;
  const typed = performance.now();
  const query = input.value.trim();
  if (!query) {
    meta.textContent = words.ndPlaceholder;
    list.replaceChildren();
    return;
  }
  const module = await loadPagefind();
  if (query.split(/\s+/).pop().length < SHORT_PREFIX) await pauseAfter(typed);
  if (number !== latest) return;
  const found = await module.search(query);
  await pauseAfter(typed);
  if (number !== latest || !found) return;
  meta.textContent = count(found.results.length);
  list.replaceChildren();
  await showMore(found.results, 0, query, number);
}

function open() {
  if (!toggle.checked) toggle.checked = true;
  loadPagefind();
}

function close() {
  toggle.checked = false;
  input.blur();
}

function moveFocus(step) {
  const links = [input, ...list.querySelectorAll(".md-search-result__link")];
  const at = links.indexOf(document.activeElement);
  links[Math.max(0, Math.min(links.length - 1, at + step))].focus();
}

function onKey(event) {
  if (event.key === "Escape" && toggle.checked) {
    close();
  } else if (event.key === "ArrowDown" && toggle.checked) {
    event.preventDefault();
    moveFocus(1);
  } else if (event.key === "ArrowUp" && toggle.checked) {
    event.preventDefault();
    moveFocus(-1);
  } else if (event.key === "/" && !toggle.checked && !event.target.closest("input, textarea, select")) {
    event.preventDefault();
    open();
    input.focus();
  }
}

// The words of the query (`?h=` once a word) are marked on the page a result opened, as
// Material's search.highlight did; <mark> takes Material's colours in both palettes.
async function highlightQueriedWords() {
  if (!new URLSearchParams(location.search).get("h")) return;
  const bundle = new URL(box.dataset.ndPagefind, document.baseURI);
  const { default: PagefindHighlight } = await import(bundle.href + "pagefind-highlight.js");
  new PagefindHighlight({ highlightParam: "h", addStyles: false, markOptions: { className: "nd-search-highlight" } });
}

if (box && toggle && input) {
  input.addEventListener("focus", open);
  input.addEventListener("input", search);
  toggle.addEventListener("change", () => (toggle.checked ? input.focus() : input.blur()));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    list.querySelector(".md-search-result__link")?.click();
  });
  form.addEventListener("reset", () => {
    latest++;
    meta.textContent = words.ndPlaceholder;
    list.replaceChildren();
    close();
  });
  document.addEventListener("keydown", onKey);
  highlightQueriedWords();
}
