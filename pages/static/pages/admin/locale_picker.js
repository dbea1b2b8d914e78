// The editor's locale picker (wagtail-modeltranslation) files each panel under the first
// language named in its text: a panel holding the fields of several languages (an inline
// panel's orderables, a multi-field panel) went with English and hid, with English, the
// fields of the language shown. Such a panel is marked as mixed and stays visible; its
// fields are still shown or hidden language by language.
(() => {
  "use strict";

  const languagesNamedIn = (element) => {
    const codes = wagtailModelTranslations.languages.join("|");
    const named = element.textContent.matchAll(new RegExp(` \\[(${codes})\\]`, "g"));
    return new Set(Array.from(named, (match) => match[1]));
  };

  document.addEventListener("wagtail-modeltranslation:buildSets:done", () => {
    for (const panel of document.querySelectorAll("form .l10n-hidden:not(.l10n-mixed)")) {
      if (languagesNamedIn(panel).size > 1) panel.classList.add("l10n-mixed");
    }
  });

  // The language buttons say whether their language is shown.
  const markPressed = (toggle) =>
    toggle.setAttribute("aria-pressed", String(toggle.classList.contains("showing-locale")));

  window.jQuery(() => {
    for (const toggle of document.querySelectorAll(".locale-picker button.locale-toggle")) {
      markPressed(toggle);
      toggle.addEventListener("click", () => markPressed(toggle));
    }
  });
})();
