// 督查概览: draws the charts from the JSON in #dashboard-data with ECharts (served from node_modules).
// No inline script or style attribute anywhere (the CSP is script-src 'self', style-src 'self'): sizes come
// from dashboard.css, tooltips are drawn on the canvas (richText), never as HTML.
(function () {
  "use strict";

  var STATUS_COLORS = {
    "完成": "#2e7d32",
    "序时推进": "#6aa84f",
    "滞后": "#b3191c",
    "部分完成": "#d49b06",
    "未完成": "#7a1212",
    "取消": "#8a9099",
    "未报送": "#c3c8cf"
  };
  var LIGHT_COLORS = { green: "#2e7d32", yellow: "#d49b06", red: "#b3191c", grey: "#8a9099" };
  var FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif';

  function fmt(x, unit) {
    if (x === null || x === undefined) { return "—"; }
    var r = Math.round(x * 100) / 100;
    return String(r) + (unit || "");
  }

  function tooltip(formatter) {
    return {
      trigger: "axis",
      renderMode: "richText",
      confine: true,
      textStyle: { fontFamily: FONT, fontSize: 13 },
      formatter: formatter
    };
  }

  function countsOption(d) {
    var series = d.counts.map(function (c) {
      return {
        name: c.status,
        type: "bar",
        stack: "all",
        barWidth: 26,
        itemStyle: { color: STATUS_COLORS[c.status] },
        label: { show: true, color: "#fff", formatter: function (p) { return p.value ? String(p.value) : ""; } },
        data: [c.indicators, c.tasks]
      };
    });
    return {
      textStyle: { fontFamily: FONT },
      title: { text: "各状态事项数", left: 0, top: 0, textStyle: { fontSize: 14, fontWeight: "normal" } },
      legend: { top: 24, left: 0, itemWidth: 12, itemHeight: 10, textStyle: { fontSize: 12 } },
      grid: { left: 70, right: 16, top: 78, bottom: 24 },
      tooltip: tooltip(function (ps) {
        var lines = [ps[0].name];
        ps.forEach(function (p) { if (p.value) { lines.push(p.seriesName + "：" + p.value + "项"); } });
        return lines.join("\n");
      }),
      xAxis: { type: "value", minInterval: 1 },
      yAxis: { type: "category", data: ["主要指标", "重点工作"], inverse: true },
      series: series
    };
  }

  function gaugeOption(d) {
    var pct = d.on_schedule.pct;
    return {
      textStyle: { fontFamily: FONT },
      title: { text: "序时推进率", left: "center", top: 0, textStyle: { fontSize: 14, fontWeight: "normal" } },
      series: [{
        type: "gauge",
        center: ["50%", "60%"],
        radius: "85%",
        min: 0,
        max: 100,
        progress: { show: false },
        axisLine: { lineStyle: { width: 14, color: [[0.6, "#b3191c"], [0.8, "#d49b06"], [1, "#2e7d32"]] } },
        axisTick: { show: false },
        splitLine: { length: 10, lineStyle: { width: 1, color: "#999" } },
        axisLabel: { distance: 18, fontSize: 11, color: "#5b6470" },
        pointer: { width: 4, length: "60%" },
        detail: {
          valueAnimation: false,
          fontSize: 20,
          offsetCenter: [0, "65%"],
          formatter: function (v) { return pct === null ? "—" : v + "%"; }
        },
        data: [{ value: pct === null ? 0 : pct }]
      }]
    };
  }

  function bulletOption(ind) {
    var b = ind.bullet;
    var values = [b.actual, b.target, b.schedule].filter(function (v) { return v !== null && v !== undefined; });
    var lo = Math.min.apply(null, [0].concat(values));
    var hi = Math.max.apply(null, [0].concat(values));
    var pad = (hi - lo) * 0.15 || 1;
    var marks = [];
    if (b.target !== null) {
      marks.push({ xAxis: b.target, name: "目标", lineStyle: { color: "#1f2328", width: 3, type: "solid" },
                   label: { formatter: "目标 " + fmt(b.target, b.unit) } });
    }
    if (b.schedule !== null) {
      marks.push({ xAxis: b.schedule, name: "序时进度", lineStyle: { color: "#1d5fa8", width: 2, type: "dashed" },
                   label: { formatter: "序时 " + fmt(b.schedule, "%"), position: "start" } });
    }
    return {
      textStyle: { fontFamily: FONT },
      grid: { left: 8, right: 24, top: 22, bottom: 20, containLabel: true },
      // no axis figures: the bar and the two marks carry their own, and the 序时 mark's label goes below
      xAxis: { type: "value", min: Math.floor((lo < 0 ? lo - pad : 0) * 10) / 10,
               max: Math.ceil((hi + pad) * 10) / 10, axisLabel: { show: false }, axisTick: { show: false },
               splitLine: { show: false } },
      yAxis: { type: "category", data: [b.label], axisTick: { show: false }, axisLabel: { fontSize: 12 } },
      series: [{
        type: "bar",
        barWidth: 16,
        data: [b.actual],
        itemStyle: { color: LIGHT_COLORS[ind.light] || "#8a9099" },
        label: { show: b.actual !== null, position: "insideRight", color: "#fff",
                 formatter: function () { return fmt(b.actual, b.unit); } },
        markLine: { symbol: "none", silent: true, data: marks, label: { fontSize: 11 } }
      }]
    };
  }

  function trendOption(ind) {
    var s = ind.series;
    return {
      textStyle: { fontFamily: FONT },
      legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 8, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 16, top: 26, bottom: 8, containLabel: true },
      tooltip: tooltip(function (ps) {
        var lines = [ps[0].name];
        ps.forEach(function (p) { lines.push(p.seriesName + "：" + fmt(p.value, s.unit)); });
        return lines.join("\n");
      }),
      xAxis: { type: "category", data: s.months, boundaryGap: false, axisLabel: { fontSize: 11 } },
      yAxis: { type: "value", scale: true, axisLabel: { fontSize: 11 } },
      series: [
        { name: s.actual_name, type: "line", data: s.actual, connectNulls: true, symbolSize: 6,
          itemStyle: { color: "#1d5fa8" },
          lineStyle: { width: 2 } },
        { name: s.line_name, type: "line", data: s.line, symbol: "none",
          itemStyle: { color: "#b3191c" }, lineStyle: { type: "dashed", width: 1.5 } }
      ]
    };
  }

  function rankOption(d, by) {
    var rows = by === "completion" ? d.ranking_completion : d.ranking;
    var key = by === "completion" ? "completion" : "share";
    var shown = rows.filter(function (r) { return r[key] !== null; });
    return {
      textStyle: { fontFamily: FONT },
      grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
      tooltip: tooltip(function (ps) {
        return ps[0].name + "\n" + (by === "completion" ? "平均完成度：" : "序时推进占比：") + fmt(ps[0].value, "%");
      }),
      xAxis: { type: "value", max: 100, axisLabel: { formatter: "{value}%", fontSize: 11 } },
      yAxis: { type: "category", inverse: true, data: shown.map(function (r) { return r.unit; }),
               axisLabel: { fontSize: 12, width: 120, overflow: "truncate" } },
      series: [{
        type: "bar",
        barMaxWidth: 18,
        data: shown.map(function (r) {
          var v = r[key];
          return { value: v, itemStyle: { color: v >= 80 ? "#2e7d32" : v >= 60 ? "#d49b06" : "#b3191c" } };
        }),
        label: { show: true, position: "right", fontSize: 11,
                 formatter: function (p) { return fmt(p.value, "%"); } }
      }]
    };
  }

  function start() {
    var block = document.getElementById("dashboard-data");
    var root = document.getElementById("dashboard");
    if (!block || !root) { return; }
    if (typeof window.echarts === "undefined") {
      // the library did not load: keep the tables, say why
      var note = document.getElementById("charts-failed");
      if (note) { note.classList.remove("hidden"); }
      root.classList.remove("with-charts");
      root.classList.add("no-charts");
      return;
    }
    var d = JSON.parse(block.textContent);
    var charts = [];
    var rankChart = null;
    root.querySelectorAll("[data-chart]").forEach(function (el) {
      var kind = el.getAttribute("data-chart");
      var index = Number(el.getAttribute("data-index") || 0);
      var option = null;
      if (kind === "counts") { option = countsOption(d); }
      else if (kind === "gauge") { option = d.on_schedule.pct === null ? null : gaugeOption(d); }
      else if (kind === "bullet") { option = bulletOption(d.indicators[index]); }
      else if (kind === "trend") {
        option = d.indicators[index].series.months.length ? trendOption(d.indicators[index]) : null;
      } else if (kind === "rank") {
        // CSSOM, which the CSP allows (unlike a style attribute): 26px a unit, between 160 and 1040px
        el.style.height = Math.min(1040, Math.max(160, 26 * d.ranking.length + 24)) + "px";
        option = rankOption(d, "share");
      }
      if (!option) { el.classList.add("empty"); return; }
      var chart = window.echarts.init(el, null, { renderer: "canvas", locale: "ZH" });
      chart.setOption(option);
      charts.push(chart);
      if (kind === "rank") { rankChart = chart; }
    });
    document.querySelectorAll("[data-rank]").forEach(function (button) {
      button.addEventListener("click", function () {
        document.querySelectorAll("[data-rank]").forEach(function (b) { b.classList.remove("on"); });
        button.classList.add("on");
        if (rankChart) { rankChart.setOption(rankOption(d, button.getAttribute("data-rank")), true); }
      });
    });
    var pending = null;
    window.addEventListener("resize", function () {
      if (pending) { window.clearTimeout(pending); }
      pending = window.setTimeout(function () { charts.forEach(function (c) { c.resize(); }); }, 150);
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
