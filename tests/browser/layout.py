"""What a visitor's screen shows wrong, measured in the page in one call: horizontal scroll,
text running out of its box or out of the window, links and controls too small to tap, and a
header that takes more than its two rows."""

# WCAG 2.2 success criterion 2.5.8 (AA): pointer targets of at least 24 by 24 CSS pixels.
MIN_TARGET = 24

# ``LAYOUT_PROBLEMS`` returns a list of {element, text, problem}: the element as a short CSS
# path, the start of its text, and what is wrong. Hidden elements (a closed menu, a label for
# screen readers only) are not measured.
LAYOUT_PROBLEMS = """({minTarget, wide}) => {
    const problems = [];
    const width = document.documentElement.clientWidth;
    const describe = (element) => {
        const parts = [];
        for (let node = element; node && node !== document.body && parts.length < 4;
             node = node.parentElement) {
            let part = node.localName;
            if (node.id) part += `#${node.id}`;
            else if (node.classList.length) part += `.${[...node.classList].slice(0, 2).join(".")}`;
            parts.unshift(part);
        }
        return parts.join(" > ");
    };
    const textOf = (element) => element.innerText || element.textContent || element.value
        || element.getAttribute("aria-label") || "";
    const report = (element, problem) => problems.push({
        element: describe(element),
        text: textOf(element).trim().replace(/\\s+/g, " ").slice(0, 60),
        problem,
    });
    // Hidden: not rendered, or shrunk to a pixel for screen readers only (.visually-hidden).
    const shown = (element) => {
        if (!element.checkVisibility({visibilityProperty: true})) return false;
        const box = element.getBoundingClientRect();
        return !(box.width <= 1 && box.height <= 1) && !element.closest(".visually-hidden");
    };
    const elements = [...document.body.querySelectorAll("*")].filter(shown);
    const visible = new Set(elements);

    // The page scrolls sideways: name the outermost elements that stick out of the window.
    if (document.documentElement.scrollWidth > width) {
        for (const element of elements) {
            const box = element.getBoundingClientRect();
            const parentBox = element.parentElement.getBoundingClientRect();
            if (box.width && box.right > width + 1 && parentBox.right <= width + 1) {
                const by = Math.round(box.right - width);
                report(element, `sticks out of the ${width}px window by ${by}px`);
            }
        }
        if (!problems.length) report(document.body, "the page scrolls sideways");
    }

    // Text wider than its box (where the box neither clips nor scrolls it): the innermost
    // such box. Text beyond the window's edge.
    const tooWide = elements.filter((element) => {
        const style = getComputedStyle(element);
        if (["inline", "contents"].includes(style.display) || style.overflowX !== "visible") {
            return false;
        }
        return element.clientWidth && element.scrollWidth - element.clientWidth > 1
            && element.textContent.trim();
    });
    for (const element of tooWide) {
        if (!tooWide.some((other) => other !== element && element.contains(other))) {
            const by = element.scrollWidth - element.clientWidth;
            report(element, `its content is ${by}px wider than its box`);
        }
    }
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
        if (!text.data.trim() || !visible.has(text.parentElement)) continue;
        range.selectNodeContents(text);
        const box = range.getBoundingClientRect();
        // (A box wholly outside the window is put there on purpose: a form's trap for robots.)
        const partly = box.left < width && box.right > 0;
        if (box.width && partly && (box.right > width + 1 || box.left < -1)) {
            report(text.parentElement, `its text runs out of the ${width}px window`);
        }
    }

    // WCAG 2.2, 2.5.8: a target is 24×24 px, or a 24 px circle on its centre touches no
    // other target nor the circle of another small one. Links inside a sentence are exempt.
    const inSentence = (link) => {
        if (!(link instanceof HTMLElement)) return false;
        if (getComputedStyle(link).display !== "inline") return false;
        let block = link.parentElement;
        while (getComputedStyle(block).display === "inline") block = block.parentElement;
        let rest = block.textContent;
        for (const other of block.querySelectorAll("a, button")) {
            rest = rest.replace(other.textContent, "");
        }
        return /\\p{L}/u.test(rest);
    };
    // A checkbox or radio button with its label: the label is part of its target.
    const targetBox = (element) => {
        const box = element.getBoundingClientRect();
        const labelled = element.matches("input[type=checkbox], input[type=radio]")
            && element.labels.length;
        if (!labelled) return box;
        const label = element.labels[0].getBoundingClientRect();
        const left = Math.min(box.left, label.left), top = Math.min(box.top, label.top);
        const right = Math.max(box.right, label.right), bottom = Math.max(box.bottom, label.bottom);
        return {left, top, right, bottom, width: right - left, height: bottom - top};
    };
    const targets = elements
        .filter((element) => element.matches(
            "a[href], button, input:not([type=hidden]), select, textarea, summary"))
        // The member map's places are measured by the directory's own tests.
        .filter((element) => !element.closest("svg"))
        .filter((element) => !(element.localName === "a" && inSentence(element)))
        .map((element) => {
            const box = targetBox(element);
            return {element, box, x: (box.left + box.right) / 2, y: (box.top + box.bottom) / 2};
        })
        .filter((target) => target.box.width && target.box.height);
    const small = (target) => Math.min(target.box.width, target.box.height) < minTarget - 0.5;
    const distanceTo = (box, x, y) => Math.hypot(
        Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));
    for (const target of targets.filter(small)) {
        const crowded = targets.find((other) => other !== target
            && !other.element.contains(target.element) && !target.element.contains(other.element)
            && (small(other)
                ? Math.hypot(other.x - target.x, other.y - target.y) < minTarget - 0.5
                : distanceTo(other.box, target.x, target.y) < minTarget / 2 - 0.5));
        if (crowded) {
            const size = `${Math.round(target.box.width)}×${Math.round(target.box.height)}px`;
            report(target.element, `a ${size} target too close to ${describe(crowded.element)}`);
        }
    }

    // From a laptop's width: the logo, search, languages and sign-in in one row, and the
    // main menu in one row below them.
    if (wide) {
        const middles = (selector) => [...document.querySelectorAll(selector)].filter(shown)
            .map((element) => {
                const box = element.getBoundingClientRect();
                return (box.top + box.bottom) / 2;
            });
        const spread = (values) => Math.max(...values) - Math.min(...values);
        if (spread(middles(".main-menu > ul > li")) > 1) {
            report(document.querySelector(".main-menu"), "the main menu takes more than one row");
        }
        const top = ".site-header__logo, .site-search, .language-switcher, .account-link";
        if (spread(middles(top)) > minTarget) {
            report(document.querySelector(".site-header"),
                "its logo, search, languages and sign-in take more than one row");
        }
    }
    return problems;
}"""


# The page's horizontal overflow, and every link of the main menu and the language switcher
# that is hidden, outside the window or smaller than a fingertip target.
OPEN_MENU_PROBLEMS = """(minTarget) => {
    const problems = [];
    const overflow = document.documentElement.scrollWidth - window.innerWidth;
    if (overflow > 0) problems.push(`${overflow}px of horizontal scroll`);
    for (const nav of document.querySelectorAll("nav.main-menu, nav.language-switcher")) {
        // The links of the menu's closed groups are hidden: their groups' buttons are not.
        const links = [...nav.querySelectorAll("a[href], summary")]
            .filter((link) => {
                const item = link.localName === "summary" ? link.parentElement.parentElement : link;
                return !item.closest("details:not([open])");
            });
        if (!links.length) problems.push(`no links in ${nav.className}`);
        for (const link of links) {
            const box = link.getBoundingClientRect();
            const label = `${nav.className} “${link.textContent.trim()}”`;
            const where = `${Math.round(box.x)},${Math.round(box.y)} ${box.width}×${box.height}`;
            if (!link.checkVisibility({visibilityProperty: true, opacityProperty: true})) {
                problems.push(`${label} is hidden`);
            } else if (box.left < 0 || box.right > window.innerWidth) {
                problems.push(`${label} sticks out of the window (${where})`);
            } else if (box.width < minTarget || box.height < minTarget) {
                problems.push(`${label} is too small to tap (${where})`);
            }
        }
    }
    return problems;
}"""
