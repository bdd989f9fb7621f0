// Region and compare charts (ECharts, shipped in /static). Data comes from JSON blocks, never from script text.
(function () {
  "use strict";
  if (typeof echarts === "undefined") return;
  var COLORS = { target: "#3b78c4", actual: "#3f9d5a" };
  function data(id) { var el = document.getElementById(id); return el ? JSON.parse(el.textContent) : null; }
  var charts = [];
  var series = data("series-data");
  if (series) {
    document.querySelectorAll("[data-chart]").forEach(function (el) {
      var s = series[+el.dataset.chart];
      if (!s) return;
      var chart = echarts.init(el, null, { renderer: "canvas" });
      chart.setOption({
        animation: false,
        color: [COLORS.target, COLORS.actual],
        tooltip: { trigger: "axis", confine: true,
          formatter: function (ps) {
            var i = ps[0].dataIndex, lines = [String(s.years[i])];
            ps.forEach(function (p) {
              if (p.value == null) return;
              var q = (p.seriesName === "target" ? s.target_quote : s.actual_quote)[i] || "";
              lines.push(p.marker + p.seriesName + ": " + p.value + s.unit + (q ? " — " + echarts.format.encodeHTML(q) : ""));
            });
            return lines.join("<br>");
          } },
        legend: { data: ["target", "actual"], top: 0, right: 0 },
        grid: { left: 44, right: 12, top: 28, bottom: 24 },
        xAxis: { type: "category", data: s.years.map(String) },
        yAxis: { type: "value", name: s.unit, nameGap: 8 },
        series: [
          { name: "target", type: "bar", data: s.target, barMaxWidth: 28 },
          { name: "actual", type: "line", data: s.actual, connectNulls: true, symbolSize: 8 }
        ]
      });
      charts.push(chart);
    });
  }
  var cmp = data("compare-data");
  var box = document.getElementById("compare-chart");
  if (cmp && box) {
    var chart = echarts.init(box, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      tooltip: { trigger: "axis" },
      grid: { left: 50, right: 16, top: 30, bottom: 70 },
      xAxis: { type: "category", data: cmp.regions, axisLabel: { rotate: cmp.regions.length > 8 ? 40 : 0 } },
      yAxis: { type: "value", name: cmp.unit, scale: false },
      series: [{ name: cmp.name + " (" + cmp.role + ")", type: "bar", barMaxWidth: 48,
        data: cmp.values.map(function (v, i) {
          return { value: v, itemStyle: { color: cmp.codes[i] === cmp.under ? "#12324f" : "#3b78c4" } };
        }),
        label: { show: true, position: "top" } }]
    });
    charts.push(chart);
  }
  window.addEventListener("resize", function () { charts.forEach(function (c) { c.resize(); }); });
})();
