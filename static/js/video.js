// Replace a video's poster with its player only when the visitor asks for it.
document.querySelectorAll("[data-video] [data-embed-url]").forEach((button) => {
  if (button.dataset.bound) return;
  button.dataset.bound = "true";
  button.addEventListener("click", (event) => {
    event.preventDefault();
    const iframe = document.createElement("iframe");
    iframe.src = button.dataset.embedUrl + (button.dataset.embedUrl.includes("?") ? "&" : "?") + "autoplay=1";
    iframe.title = button.dataset.title;
    iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    iframe.loading = "lazy";
    const frame = button.closest(".video__frame");
    frame.replaceChildren(iframe);
    iframe.focus();
  });
});
