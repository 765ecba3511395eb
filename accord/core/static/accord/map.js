// Zooming the governance map's drawing with buttons (which work from the keyboard); the
// frame around it scrolls with the arrow keys once it has focus. Without JavaScript the
// drawing is shown at its own size and the browser's zoom enlarges it, labels and all.
(function () {
  "use strict";
  var STEP = 1.25;
  var MIN = 0.25;
  var MAX = 4;

  function setUp(map) {
    var frame = map.querySelector(".accord-map__frame");
    var svg = frame && frame.querySelector("svg");
    var controls = map.querySelector(".accord-map__controls");
    if (!svg || !controls) {
      return;
    }
    // Graphviz gives the size in points; the frame works in CSS pixels.
    var natural = svg.getBoundingClientRect().width || svg.width.baseVal.value;
    var scale = 1;

    function apply() {
      svg.style.width = Math.round(natural * scale) + "px";
      svg.style.height = "auto";
    }

    controls.hidden = false;
    controls.addEventListener("click", function (event) {
      var button = event.target.closest("[data-map-zoom]");
      if (!button) {
        return;
      }
      var action = button.getAttribute("data-map-zoom");
      if (action === "in") {
        scale = Math.min(MAX, scale * STEP);
      } else if (action === "out") {
        scale = Math.max(MIN, scale / STEP);
      } else if (action === "fit") {
        scale = Math.max(MIN, Math.min(MAX, frame.clientWidth / natural));
      } else {
        scale = 1;
      }
      apply();
    });
  }

  var maps = document.querySelectorAll('[data-module="accord-map"]');
  for (var i = 0; i < maps.length; i += 1) {
    setUp(maps[i]);
  }
})();
