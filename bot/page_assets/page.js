() => {
  // A click on an answer's [n] shows passage n in the sources panel, highlighted.
  document.addEventListener("click", (event) => {
    const link = event.target.closest('a.cite, a[href^="#src-"]');
    if (!link) return;
    event.preventDefault();
    event.stopPropagation();
    const n = link.dataset.n || link.getAttribute("href").replace("#src-", "");
    const card = document.getElementById("src-" + n);
    if (!card) return;
    document.querySelectorAll(".source.active").forEach((el) => el.classList.remove("active"));
    const folded = card.closest("details");
    if (folded) folded.open = true;
    card.classList.add("active");
    card.scrollIntoView({ behavior: "smooth", block: "nearest" });
  }, true);
}
