// ArticleFlow search page: plain DOM, no build step, no third-party code.
// Every value from the server reaches the page through text nodes or attributes, never as HTML;
// the one exception, the <mark> tags of snippets, goes through snippetNodes(), which keeps nothing else.
// Routes live in the URL (history API): /?q=..&entity=..&type=..&from=..&to=..&sort=date&page=N,
// /articles/<id> and /entities/<id>; links are real links, so they can be shared, reloaded and opened in a new tab.
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var TYPE_LABELS = {
    PERSON: 'People', ORGANIZATION: 'Organizations', LOCATION: 'Locations',
    EVENT: 'Events', LAW: 'Laws', DATE: 'Dates'
  };
  var TYPE_NAMES = {
    PERSON: 'Person', ORGANIZATION: 'Organization', LOCATION: 'Location', EVENT: 'Event', LAW: 'Law', DATE: 'Date'
  };
  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
    'November', 'December'];

  var $ = function (id) { return document.getElementById(id); };
  var form = $('search-form');
  var entityNames = {};      // entity id -> {name, type}, learned from facets, hits and articles
  var requestCount = 0;      // a response older than the latest request is dropped
  var lastSearchUrl = '/';

  // --- DOM helpers --------------------------------------------------------------------------------

  /** An element with attributes (strings, set as attributes) and children (strings become text nodes). */
  function el(tag, attributes) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      if (attributes[name] !== null && attributes[name] !== undefined) {
        node.setAttribute(name, attributes[name]);
      }
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** A link inside the page: the router handles the click, the address stays a real one. */
  function navLink(href, attributes) {
    return el.apply(null, ['a', Object.assign({ href: href, 'data-nav': '' }, attributes || {})]
      .concat(Array.prototype.slice.call(arguments, 2)));
  }

  /**
   * The nodes of a server snippet: text, and <mark> elements holding text. The server escapes the article text
   * and adds only <mark> tags; parsing in an inert document and rebuilding keeps that true whatever it sends.
   */
  function snippetNodes(html) {
    var parsed = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html').body;
    var fragment = document.createDocumentFragment();
    parsed.childNodes.forEach(function (node) {
      if (node.nodeType === Node.ELEMENT_NODE && node.tagName === 'MARK') {
        fragment.appendChild(el('mark', {}, node.textContent));
      } else {
        fragment.appendChild(document.createTextNode(node.textContent));
      }
    });
    return fragment;
  }

  /** "2022-10-19T15:18" -> "19 October 2022"; what is not an ISO date stays as it is. */
  function readableDate(iso) {
    var match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
    if (!match) return iso || '';
    return parseInt(match[3], 10) + ' ' + MONTHS[parseInt(match[2], 10) - 1] + ' ' + match[1];
  }

  /** "2022-10" -> "October 2022". */
  function readableMonth(month) {
    var parts = month.split('-');
    return MONTHS[parseInt(parts[1], 10) - 1] + ' ' + parts[0];
  }

  function timeElement(iso) {
    return iso ? el('time', { datetime: iso.substring(0, 10), 'class': 'date' }, readableDate(iso)) : null;
  }

  function showError(message) {
    var error = $('error');
    error.textContent = message;
    error.hidden = !message;
  }

  function entityLabel(id) {
    return entityNames[id] ? entityNames[id].name : id;
  }

  function remember(id, type, name) {
    if (id && name) entityNames[id] = { name: name, type: type };
  }

  function entityHref(id) {
    return '/entities/' + encodeURIComponent(id);
  }

  function articleHref(id) {
    return '/articles/' + encodeURIComponent(id);
  }

  function show(view) {
    $('results-view').hidden = view !== 'results';
    $('sidebar').hidden = view !== 'results';
    $('detail-view').hidden = view !== 'article';
    $('entity-view').hidden = view !== 'entity';
  }

  // --- state in the URL ---------------------------------------------------------------------------------

  function readSearchState(query) {
    var params = new URLSearchParams(query || '');
    return {
      q: params.get('q') || '',
      type: params.get('type') || '',
      from: params.get('from') || '',
      to: params.get('to') || '',
      sort: params.get('sort') || '',
      entity: params.getAll('entity'),
      page: Math.max(0, parseInt(params.get('page') || '0', 10) || 0)
    };
  }

  function searchParams(state) {
    var params = new URLSearchParams();
    ['q', 'type', 'from', 'to', 'sort'].forEach(function (name) {
      if (state[name]) params.set(name, state[name]);
    });
    state.entity.forEach(function (id) { params.append('entity', id); });
    if (state.page) params.set('page', String(state.page));
    return params;
  }

  function searchUrl(state) {
    var query = searchParams(state).toString();
    return '/' + (query ? '?' + query : '');
  }

  function copyState(state) {
    return readSearchState(searchParams(state).toString());
  }

  /** Opens a URL of the page: a new history entry, then the view of it. */
  function navigate(url) {
    if (url !== location.pathname + location.search) {
      history.pushState(null, '', url);
    }
    route();
  }

  function go(state) {
    navigate(searchUrl(state));
  }

  function currentState() {
    var at = lastSearchUrl.indexOf('?');
    return readSearchState(at >= 0 ? lastSearchUrl.substring(at + 1) : '');
  }

  function route() {
    var path = location.pathname;
    if (path.indexOf('/articles/') === 0) {
      showArticle(decodeURIComponent(path.substring('/articles/'.length)));
    } else if (path.indexOf('/entities/') === 0) {
      showEntity(decodeURIComponent(path.substring('/entities/'.length)));
    } else {
      lastSearchUrl = location.pathname + location.search;
      search(readSearchState(location.search.substring(1)));
    }
  }

  // --- search ---------------------------------------------------------------------------------------

  function fillForm(state) {
    $('q').value = state.q;
    $('type').value = state.type;
    $('from').value = state.from;
    $('to').value = state.to;
    $('sort').value = state.sort === 'date' ? 'date' : '';
  }

  function fetchJson(url) {
    return fetch(url, { headers: { Accept: 'application/json' } }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          throw new Error((body.error || ('HTTP ' + response.status)) + (body.detail ? ': ' + body.detail : ''));
        }
        return body;
      });
    });
  }

  function search(state) {
    show('results');
    document.title = 'ArticleFlow search';
    fillForm(state);
    renderFilters(state);
    var params = searchParams(state);
    params.set('size', String(PAGE_SIZE));
    var request = ++requestCount;
    $('summary').textContent = 'Searching…';
    fetchJson('/api/search?' + params.toString()).then(function (data) {
      if (request !== requestCount) return;
      showError('');
      renderResults(data, state);
      renderDates(data.dates || [], state);
      renderFacets(data.facets || {}, state);
      renderFilters(state);
    }).catch(function (error) {
      if (request !== requestCount) return;
      showError(error.message);
      $('summary').textContent = '';
      clear($('results'));
      clear($('facets'));
      $('dates').hidden = true;
      $('pager').hidden = true;
    });
  }

  function summaryText(total, articles) {
    if (total === 0) return 'No articles found.';
    var text = articles + (articles === 1 ? ' article' : ' articles');
    return total === articles ? text : total + (total === 1 ? ' story, ' : ' stories, ') + text;
  }

  function renderResults(data, state) {
    var total = data.total || 0;
    var articles = data.articles === undefined ? total : data.articles;
    $('summary').textContent = summaryText(total, articles);
    var list = clear($('results'));
    (data.hits || []).forEach(function (hit) {
      var snippet = el('p', { 'class': 'snippet' });
      snippet.appendChild(snippetNodes(hit.snippet || ''));
      var meta = el('p', { 'class': 'meta' },
        timeElement(hit.date),
        hit.byline ? el('span', { 'class': 'byline' }, 'By ' + hit.byline) : null,
        hit.publication ? el('span', { 'class': 'publication' }, hit.publication) : null);
      list.appendChild(el('li', { 'class': 'hit', 'data-id': hit.id, 'data-cluster': hit.clusterId },
        el('h2', {}, navLink(articleHref(hit.id), { 'class': 'open' }, hit.title || hit.id)),
        meta,
        snippet,
        entityChips(hit),
        el('div', { 'class': 'hit-actions' }, versions(hit), documentStatus(hit))));
    });
    var pages = Math.ceil(total / PAGE_SIZE);
    $('pager').hidden = pages <= 1;
    $('page-info').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    $('previous').disabled = state.page === 0;
    $('next').disabled = state.page + 1 >= pages;
  }

  /** The hit's most salient entities (the server's order), grouped by type, each a link to its page. */
  function entityChips(hit) {
    var chips = el('div', { 'class': 'chips entities' });
    var entities = hit.entities || [];
    Object.keys(TYPE_LABELS).forEach(function (type) {
      var ofType = entities.filter(function (entity) { return entity.type === type; });
      if (ofType.length === 0) return;
      var group = el('span', { 'class': 'chip-group', 'data-type': type },
        el('span', { 'class': 'group-label' }, TYPE_LABELS[type] + ':'));
      ofType.forEach(function (entity) {
        remember(entity.id, entity.type, entity.name);
        group.appendChild(navLink(entityHref(entity.id), {
          'class': 'chip type-' + entity.type, title: TYPE_NAMES[entity.type] + ': ' + entity.name,
          'data-entity-id': entity.id
        }, entity.name));
      });
      chips.appendChild(group);
    });
    if (hit.moreEntities > 0) {
      chips.appendChild(navLink(articleHref(hit.id), {
        'class': 'more-entities', title: 'All entities of the article'
      }, '+' + hit.moreEntities + ' more'));
    }
    return chips;
  }

  /** "N versions": a toggle that shows the story's other articles. */
  function versions(hit) {
    if (!hit.versions || hit.versions < 2) return null;
    var listId = 'versions-' + hit.id.replace(/[^A-Za-z0-9_-]/g, '_');
    var list = el('ol', { 'class': 'versions summaries', id: listId, hidden: '' });
    (hit.otherVersions || []).forEach(function (other) {
      list.appendChild(summaryItem(other, 'version'));
    });
    if (hit.versions - 1 > (hit.otherVersions || []).length) {
      list.appendChild(el('li', { 'class': 'muted' },
        'and ' + (hit.versions - 1 - hit.otherVersions.length) + ' more'));
    }
    var toggle = el('button', {
      type: 'button', 'class': 'versions-toggle', 'aria-expanded': 'false', 'aria-controls': listId
    }, hit.versions + ' versions');
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      list.hidden = !open;
    });
    return el('div', { 'class': 'story' }, toggle, list);
  }

  /**
   * "Status": a toggle that asks, on first open, where the document is in the pipeline (ingest-service's status view,
   * through index-service) and shows its state, stage, times, extractor version and, for a failure, the reason.
   */
  function documentStatus(hit) {
    var panelId = 'status-' + hit.id.replace(/[^A-Za-z0-9_-]/g, '_');
    var panel = el('div', { 'class': 'status-panel', id: panelId, role: 'region', 'aria-label': 'Pipeline status',
      'aria-live': 'polite', hidden: '' });
    var toggle = el('button', {
      type: 'button', 'class': 'status-toggle', 'aria-expanded': 'false', 'aria-controls': panelId
    }, 'Status');
    var loaded = false;
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
      panel.hidden = !open;
      if (!open || loaded) return;
      loaded = true;
      clear(panel).appendChild(el('p', { 'class': 'muted' }, 'Asking where this document is…'));
      fetchJson('/api/articles/' + encodeURIComponent(hit.id) + '/status').then(function (answer) {
        renderStatus(clear(panel), answer);
      }).catch(function (error) {
        loaded = false; // a later click asks again, e.g. once ingest-service is back
        clear(panel).appendChild(el('p', { 'class': 'status-error' }, error.message));
      });
    });
    return el('div', { 'class': 'status' }, toggle, panel);
  }

  /** When: "19 October 2022, 10:15:03 UTC"; the full instant stays in the title. */
  function readableInstant(iso) {
    if (!iso) return null;
    var time = /T(\d{2}:\d{2}:\d{2})/.exec(iso);
    return el('time', { datetime: iso, title: iso }, readableDate(iso) + (time ? ', ' + time[1] + ' UTC' : ''));
  }

  function renderStatus(panel, answer) {
    var status = answer.status || {};
    var list = el('dl', { 'class': 'status-list', 'data-state': status.state || '' });
    function row(label, value, name) {
      if (value === null || value === undefined || value === '') return;
      list.appendChild(el('dt', {}, label));
      list.appendChild(el('dd', { 'data-field': name }, value));
    }
    row('State', el('span', { 'class': 'state state-' + String(status.state).toLowerCase() }, String(status.state)),
      'state');
    row('Stage', status.stage, 'stage');
    row('Since', readableInstant(status.at), 'at');
    if (status.state === 'FAILED') {
      row('Reason', [status.code, status.reason].filter(Boolean).join(': '), 'reason');
    }
    row('Ingested', readableInstant(status.ingestedAt), 'ingestedAt');
    row('Extracted', readableInstant(status.extractedAt), 'extractedAt');
    row('Indexed', readableInstant(status.indexedAt), 'indexedAt');
    row('Extractor', status.extractorVersion, 'extractorVersion');
    row('Files', (answer.files || []).join(', '), 'files');
    panel.appendChild(list);
  }

  function summaryItem(article, className) {
    return el('li', { 'class': className, 'data-id': article.id },
      timeElement(article.date),
      navLink(articleHref(article.id), {}, article.title || article.id),
      article.publication ? el('span', { 'class': 'publication' }, article.publication) : null);
  }

  function addEntity(state, entity) {
    var next = copyState(state);
    if (next.entity.indexOf(entity.id) < 0) next.entity.push(entity.id);
    // The type narrows every entity filter: keeping another type would hide the entity just chosen.
    if (next.type && next.type !== entity.type) next.type = '';
    next.page = 0;
    go(next);
  }

  function lastDayOfMonth(month) {
    var parts = month.split('-');
    var day = new Date(Date.UTC(parseInt(parts[0], 10), parseInt(parts[1], 10), 0)).getUTCDate();
    return month + '-' + (day < 10 ? '0' + day : String(day));
  }

  function renderDates(buckets, state) {
    var list = clear($('date-buckets'));
    $('dates').hidden = buckets.length === 0;
    var max = buckets.reduce(function (most, bucket) { return Math.max(most, bucket.count); }, 1);
    buckets.forEach(function (bucket) {
      var button = el('button', {
        type: 'button', 'class': 'facet date-bucket', 'data-month': bucket.month,
        title: 'Only articles published in ' + readableMonth(bucket.month)
      }, el('span', { 'class': 'name' },
        el('span', { 'class': 'bar-fill', style: 'width:' + Math.max(4, Math.round(40 * bucket.count / max)) + 'px',
          'aria-hidden': 'true' }),
        readableMonth(bucket.month)), el('span', { 'class': 'count' }, String(bucket.count)));
      button.addEventListener('click', function () {
        var next = copyState(state);
        next.from = bucket.month + '-01';
        next.to = lastDayOfMonth(bucket.month);
        next.page = 0;
        go(next);
      });
      list.appendChild(el('li', {}, button));
    });
  }

  function renderFacets(facets, state) {
    var aside = clear($('facets'));
    Object.keys(TYPE_LABELS).forEach(function (type) {
      var values = (facets[type] || []).filter(function (value) { return state.entity.indexOf(value.id) < 0; });
      if (values.length === 0) return;
      var list = el('ul', {});
      values.forEach(function (value) {
        remember(value.id, type, value.name);
        var button = el('button', {
          type: 'button', 'class': 'facet', 'data-entity-id': value.id, 'data-type': type,
          title: 'Only articles mentioning ' + value.name
        }, el('span', { 'class': 'name' }, value.name), el('span', { 'class': 'count' }, String(value.count)));
        button.addEventListener('click', function () {
          addEntity(state, { id: value.id, type: type, name: value.name });
        });
        list.appendChild(el('li', {}, button));
      });
      aside.appendChild(el('section', { 'class': 'facet-group', 'data-type': type },
        el('h3', {}, TYPE_LABELS[type].toUpperCase()), list));
    });
  }

  function renderFilters(state) {
    var filters = clear($('filters'));
    state.entity.forEach(function (id) {
      var known = entityNames[id];
      var remove = el('button', { type: 'button', 'class': 'remove', 'aria-label': 'Remove filter ' + entityLabel(id) },
        '×');
      remove.addEventListener('click', function () {
        var next = copyState(state);
        next.entity = next.entity.filter(function (other) { return other !== id; });
        next.page = 0;
        go(next);
      });
      filters.appendChild(el('span', {
        'class': 'chip filter' + (known ? ' type-' + known.type : ''), 'data-entity-id': id
      }, entityLabel(id), remove));
    });
    if (state.from || state.to) {
      var removeDates = el('button', { type: 'button', 'class': 'remove', 'aria-label': 'Remove the date filter' }, '×');
      removeDates.addEventListener('click', function () {
        var next = copyState(state);
        next.from = '';
        next.to = '';
        next.page = 0;
        go(next);
      });
      var label = (state.from ? readableDate(state.from) : '…') + ' – ' + (state.to ? readableDate(state.to) : '…');
      filters.appendChild(el('span', { 'class': 'chip filter date-filter' }, label, removeDates));
    }
  }

  // --- article detail ---------------------------------------------------------------------------------

  function showArticle(id) {
    var request = ++requestCount;
    fetchJson('/api/articles/' + encodeURIComponent(id)).then(function (article) {
      if (request !== requestCount) return;
      showError('');
      renderArticle(article);
      show('article');
      window.scrollTo(0, 0);
      return fetchJson('/api/articles/' + encodeURIComponent(id) + '/similar').then(function (similar) {
        if (request !== requestCount) return;
        var list = clear($('similar-list'));
        similar.forEach(function (other) { list.appendChild(summaryItem(other, 'similar')); });
        $('similar').hidden = similar.length === 0;
      });
    }).catch(function (error) {
      if (request !== requestCount) return;
      show('results');
      showError(error.message);
    });
  }

  function renderArticle(article) {
    var metadata = article.metadata || {};
    $('back').setAttribute('href', lastSearchUrl);
    var title = metadata.title || (article.text || '').split('\n').filter(Boolean)[0] || article.documentId;
    $('detail-title').textContent = title;
    document.title = title + ' – ArticleFlow';

    var meta = clear($('detail-meta'));
    var author = metadata.author
      ? [metadata.author.rank, metadata.author.name].filter(Boolean).join(' ')
        + (metadata.author.role ? ', ' + metadata.author.role : '')
      : null;
    var source = article.source || {};
    [['Published', metadata.published ? readableDate(metadata.published) : null], ['Author', author],
      ['Publication', metadata.publication], ['Translator', metadata.translator], ['Language', metadata.language],
      ['Source', source.uri], ['Document id', article.documentId]].forEach(function (row) {
      if (row[1]) {
        meta.appendChild(el('dt', {}, row[0]));
        meta.appendChild(el('dd', {}, String(row[1])));
      }
    });

    var entities = article.entities || [];
    var groups = clear($('detail-entities'));
    Object.keys(TYPE_LABELS).forEach(function (type) {
      var ofType = entities.filter(function (entity) { return entity.type === type; });
      if (ofType.length === 0) return;
      var chips = el('div', { 'class': 'chips' });
      ofType.forEach(function (entity) {
        remember(entity.id, entity.type, entity.canonicalName);
        var label = entity.canonicalName + (entity.mentions && entity.mentions.length > 1
          ? ' ×' + entity.mentions.length : '');
        chips.appendChild(navLink(entityHref(entity.id), {
          'class': 'chip type-' + type, 'data-entity-id': entity.id,
          title: [entity.rank, entity.role, entity.acronym, entity.wikidataId].filter(Boolean).join(' · ') || entity.id
        }, label));
      });
      groups.appendChild(el('section', {}, el('h3', {}, TYPE_LABELS[type].toUpperCase()), chips));
    });

    renderMentions(clear($('detail-text')), article.text || '', entities);
  }

  /** The text with every mention marked; offsets are UTF-16 indices, the same as JavaScript's. */
  function renderMentions(container, text, entities) {
    var mentions = [];
    entities.forEach(function (entity) {
      (entity.mentions || []).forEach(function (mention) {
        if (mention.start >= 0 && mention.end <= text.length && mention.start < mention.end) {
          mentions.push({ start: mention.start, end: mention.end, entity: entity });
        }
      });
    });
    mentions.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    var at = 0;
    mentions.forEach(function (mention) {
      if (mention.start < at) return; // overlaps the previous mention: keep the first, longest one
      container.appendChild(document.createTextNode(text.substring(at, mention.start)));
      container.appendChild(el('mark', {
        'class': 'mention type-' + mention.entity.type, 'data-entity-id': mention.entity.id,
        title: mention.entity.canonicalName + ' (' + mention.entity.type.toLowerCase() + ')'
      }, text.substring(mention.start, mention.end)));
      at = mention.end;
    });
    container.appendChild(document.createTextNode(text.substring(at)));
  }

  // --- entity page ------------------------------------------------------------------------------------

  function showEntity(id) {
    var request = ++requestCount;
    fetchJson('/api/entities/' + encodeURIComponent(id)).then(function (entity) {
      if (request !== requestCount) return;
      showError('');
      renderEntity(entity);
      show('entity');
      window.scrollTo(0, 0);
    }).catch(function (error) {
      if (request !== requestCount) return;
      show('results');
      showError(error.message);
    });
  }

  function renderEntity(entity) {
    remember(entity.id, entity.type, entity.name);
    document.title = entity.name + ' – ArticleFlow';
    $('entity-back').setAttribute('href', lastSearchUrl);
    $('entity-name').textContent = entity.name;
    $('entity-type').textContent = TYPE_NAMES[entity.type] + ' · mentioned in ' + entity.articles
      + (entity.articles === 1 ? ' article' : ' articles');
    $('entity-search').setAttribute('href', searchUrl({
      q: '', type: '', from: '', to: '', sort: 'date', entity: [entity.id], page: 0
    }));
    var meta = clear($('entity-meta'));
    [['Also written as', entity.aliases], ['Acronyms', entity.acronyms], ['Id', [entity.id]]].forEach(function (row) {
      if (row[1] && row[1].length) {
        meta.appendChild(el('dt', {}, row[0]));
        meta.appendChild(el('dd', {}, row[1].join(', ')));
      }
    });
    var timeline = clear($('entity-timeline'));
    (entity.timeline || []).forEach(function (article) { timeline.appendChild(summaryItem(article, 'timeline-entry')); });
    var together = clear($('entity-cooccurring'));
    Object.keys(TYPE_LABELS).forEach(function (type) {
      var values = (entity.cooccurring || {})[type] || [];
      if (values.length === 0) return;
      var chips = el('div', { 'class': 'chips' });
      values.forEach(function (value) {
        remember(value.id, type, value.name);
        chips.appendChild(navLink(entityHref(value.id), {
          'class': 'chip type-' + type, 'data-entity-id': value.id,
          title: 'In ' + value.count + (value.count === 1 ? ' article' : ' articles') + ' with ' + entity.name
        }, value.name + ' ×' + value.count));
      });
      together.appendChild(el('section', { 'data-type': type }, el('h4', {}, TYPE_LABELS[type]), chips));
    });
  }

  // --- wiring ---------------------------------------------------------------------------------------

  document.addEventListener('click', function (event) {
    var link = event.target.closest && event.target.closest('a[data-nav]');
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey
        || event.altKey) {
      return;
    }
    event.preventDefault();
    navigate(link.getAttribute('href'));
  });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var current = currentState();
    go({
      q: $('q').value.trim(), type: $('type').value, from: $('from').value, to: $('to').value,
      sort: $('sort').value, entity: current.entity, page: 0
    });
  });
  $('sort').addEventListener('change', function () {
    var next = currentState();
    next.sort = $('sort').value;
    next.page = 0;
    go(next);
  });
  $('previous').addEventListener('click', function () {
    var state = currentState();
    state.page = Math.max(0, state.page - 1);
    go(state);
  });
  $('next').addEventListener('click', function () {
    var state = currentState();
    state.page += 1;
    go(state);
  });
  window.addEventListener('popstate', route);
  route();
})();
