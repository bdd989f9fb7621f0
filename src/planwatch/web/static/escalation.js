// Escalation chart (ECharts, shipped in /static): one box and strip per level with the country's figure as a
// line; over several years, each level's median by year (the country's figure dashed). Data comes from a JSON block, never from script text.
(function () {
  "use strict";
  if (typeof echarts === "undefined") return;
  var el = document.getElementById("escalation-data"), box = document.getElementById("escalation-chart");
  if (!el || !box) return;
  var d = JSON.parse(el.textContent), chart = echarts.init(box, null, { renderer: "canvas" });
  var unit = d.unit || "", nat = d.national || {};
  if (d.strips && d.strips.length) {
    var levels = d.strips.map(function (s) { return s.level; });
    var points = [];
    d.strips.forEach(function (s, i) {
      s.values.forEach(function (v, j) { points.push({ value: [i, v], name: s.regions[j] }); });
    });
    var line = nat[String(d.years[0])];
    chart.setOption({
      animation: false,
      tooltip: { trigger: "item", confine: true, formatter: function (p) {
        if (p.seriesType === "boxplot") {
          var b = p.data.slice(-5);
          return echarts.format.encodeHTML(p.name) + "<br>min " + b[0] + " · Q1 " + b[1] + " · median " + b[2] +
            " · Q3 " + b[3] + " · max " + b[4] + unit;
        }
        return echarts.format.encodeHTML(p.name || "") + ": " + p.value[1] + unit;
      } },
      grid: { left: 50, right: 90, top: 30, bottom: 30 },
      xAxis: { type: "category", data: levels },
      yAxis: { type: "value", name: unit, scale: true },
      series: [
        { name: "box", type: "boxplot", data: d.strips.map(function (s) { return s.box; }),
          itemStyle: { color: "#e8f0fb", borderColor: "#3b78c4" } },
        { name: "regions", type: "scatter", data: points, symbolSize: 9, itemStyle: { color: "#12324f", opacity: 0.75 },
          markLine: line == null ? undefined : { symbol: "none", lineStyle: { color: "#c7513a", type: "dashed" },
            label: { formatter: "national " + line + unit }, data: [{ yAxis: line }] } }
      ]
    });
  } else if (d.medians && d.medians.length) {
    // the country's series is its figure: drawn as the dashed reference line
    var series = d.medians.map(function (m) {
      var isNat = m.level === "national";
      return { name: isNat ? "national" : m.level + " median", type: "line", data: m.values, connectNulls: true,
        symbolSize: 7, lineStyle: isNat ? { type: "dashed", color: "#c7513a" } : undefined,
        itemStyle: isNat ? { color: "#c7513a" } : undefined };
    });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis", confine: true },
      legend: { top: 0 },
      grid: { left: 50, right: 20, top: 34, bottom: 30 },
      xAxis: { type: "category", data: d.years.map(String) },
      yAxis: { type: "value", name: unit, scale: true },
      series: series
    });
  }
  window.addEventListener("resize", function () { chart.resize(); });
})();
