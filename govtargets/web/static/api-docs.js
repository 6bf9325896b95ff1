// Starts Swagger UI on /api/docs (a file, not an inline script: the CSP is script-src 'self'). Requests
// made with "Try it out" carry the session's CSRF token, as every state-changing API call must.
window.addEventListener("DOMContentLoaded", function () {
  var meta = document.querySelector('meta[name="csrf-token"]');
  var token = meta ? meta.getAttribute("content") : "";
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    requestInterceptor: function (req) {
      if (token) req.headers["X-CSRF-Token"] = token;
      return req;
    },
  });
});
