// digest serve: reloads the page when the site is rebuilt, swaps stylesheets when only CSS
// changed, and shows a failed rebuild's error over the page until the next good one.
(function () {
  "use strict";
  var script = document.currentScript;
  var base = (script && script.getAttribute("data-base")) || "/";
  var overlay = null;

  function hide() {
    if (overlay) {
      overlay.remove();
      overlay = null;
    }
  }

  function show(message) {
    hide();
    overlay = document.createElement("div");
    overlay.id = "digest-error-overlay";
    overlay.setAttribute("role", "alert");
    overlay.style.cssText =
      "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;" +
      "background:rgba(20,20,24,.94);color:#fff;font:14px/1.5 ui-monospace,monospace";
    var title = document.createElement("strong");
    title.textContent = "digest: the last rebuild failed — showing the last good version";
    title.style.cssText = "display:block;color:#ff8a7a;font-size:16px;margin-bottom:1rem";
    var pre = document.createElement("pre");
    pre.textContent = message;
    pre.style.cssText = "white-space:pre-wrap;margin:0";
    overlay.appendChild(title);
    overlay.appendChild(pre);
    document.body.appendChild(overlay);
  }

  function swapStylesheets(paths) {
    var links = document.querySelectorAll('link[rel="stylesheet"]');
    var swapped = 0;
    for (var i = 0; i < links.length; i++) {
      var url = new URL(links[i].href, location.href);
      for (var j = 0; j < paths.length; j++) {
        if (url.pathname === base + paths[j]) {
          url.searchParams.set("digest-reload", Date.now());
          links[i].href = url.toString();
          swapped++;
        }
      }
    }
    return swapped;
  }

  var events = new EventSource(base + "__digest/events");
  events.addEventListener("reload", function () {
    location.reload();
  });
  events.addEventListener("css", function (e) {
    if (swapStylesheets(JSON.parse(e.data)) === 0) {
      location.reload();
    }
  });
  events.addEventListener("problem", function (e) {
    show(JSON.parse(e.data));
  });
  events.addEventListener("ok", hide);
})();
