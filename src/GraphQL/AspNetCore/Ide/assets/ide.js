// Starts GraphiQL from a file rather than an inline script so the page's CSP can forbid inline code.
(function () {
  'use strict';
  var container = document.getElementById('graphiql');
  var fetcher = GraphiQL.createFetcher({
    url: container.getAttribute('data-endpoint'),
    headers: { 'GraphQL-Preflight': '1' }
  });
  ReactDOM.createRoot(container).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultEditorToolsVisibility: true })
  );
})();
