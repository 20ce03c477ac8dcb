// ArticleFlow search page: plain DOM, no build step, no third-party code.
// Every value from the server reaches the page through text nodes or attributes, never as HTML;
// the one exception, the <mark> tags of snippets, goes through snippetNodes(), which keeps nothing else.
(function () {
  'use strict';

  var PAGE_SIZE = 10;
  var TYPE_LABELS = {
    PERSON: 'People', ORGANIZATION: 'Organizations', LOCATION: 'Locations',
    EVENT: 'Events', LAW: 'Laws', DATE: 'Dates'
  };

  var $ = function (id) { return document.getElementById(id); };
  var form = $('search-form');
  var entityNames = {};      // entity id -> {name, type}, learned from facets, hits and articles
  var requestCount = 0;      // a response older than the latest request is dropped
  var lastSearchHash = '#/search';

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

  // --- state in the URL hash: #/search?q=..&entity=..  or  #/article/<id> -------------------------

  function readSearchState(query) {
    var params = new URLSearchParams(query || '');
    return {
      q: params.get('q') || '',
      type: params.get('type') || '',
      from: params.get('from') || '',
      to: params.get('to') || '',
      entity: params.getAll('entity'),
      page: Math.max(0, parseInt(params.get('page') || '0', 10) || 0)
    };
  }

  function searchParams(state) {
    var params = new URLSearchParams();
    ['q', 'type', 'from', 'to'].forEach(function (name) {
      if (state[name]) params.set(name, state[name]);
    });
    state.entity.forEach(function (id) { params.append('entity', id); });
    if (state.page) params.set('page', String(state.page));
    return params;
  }

  function go(state) {
    var hash = '#/search?' + searchParams(state).toString();
    if (location.hash === hash) {
      route(); // the same search again: no hashchange event, so run it directly
    } else {
      location.hash = hash;
    }
  }

  /** The state of the search last shown (the article view keeps it for "back"). */
  function currentState() {
    var at = lastSearchHash.indexOf('?');
    return readSearchState(at >= 0 ? lastSearchHash.substring(at + 1) : '');
  }

  function route() {
    var hash = location.hash || '#/search';
    if (hash.indexOf('#/article/') === 0) {
      showArticle(decodeURIComponent(hash.substring('#/article/'.length)));
    } else {
      var query = hash.indexOf('?') >= 0 ? hash.substring(hash.indexOf('?') + 1) : '';
      lastSearchHash = hash.indexOf('#/search') === 0 ? hash : '#/search';
      search(readSearchState(query));
    }
  }

  // --- search ---------------------------------------------------------------------------------------

  function fillForm(state) {
    $('q').value = state.q;
    $('type').value = state.type;
    $('from').value = state.from;
    $('to').value = state.to;
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
    $('detail-view').hidden = true;
    $('results-view').hidden = false;
    $('facets').hidden = false;
    fillForm(state);
    renderFilters(state);
    var params = searchParams(state);
    params.set('size', String(PAGE_SIZE));
    var request = ++requestCount;
    $('summary').textContent = 'Searching…';
    fetchJson('api/search?' + params.toString()).then(function (data) {
      if (request !== requestCount) return;
      showError('');
      renderResults(data, state);
      renderFacets(data.facets || {}, state);
      renderFilters(state);
    }).catch(function (error) {
      if (request !== requestCount) return;
      showError(error.message);
      $('summary').textContent = '';
      clear($('results'));
      clear($('facets'));
      $('pager').hidden = true;
    });
  }

  function renderResults(data, state) {
    var total = data.total || 0;
    $('summary').textContent = total === 0 ? 'No articles found.'
      : total + (total === 1 ? ' article' : ' articles');
    var list = clear($('results'));
    (data.hits || []).forEach(function (hit) {
      var chips = el('div', { 'class': 'chips' });
      (hit.entities || []).forEach(function (entity) {
        remember(entity.id, entity.type, entity.name);
        chips.appendChild(entityChip(entity, state));
      });
      var snippet = el('p', { 'class': 'snippet' });
      snippet.appendChild(snippetNodes(hit.snippet || ''));
      list.appendChild(el('li', { 'class': 'hit', 'data-id': hit.id },
        el('h2', {}, el('a', { href: '#/article/' + encodeURIComponent(hit.id), 'class': 'open' }, hit.title || hit.id)),
        hit.date ? el('span', { 'class': 'date' }, hit.date) : null,
        snippet,
        chips));
    });
    var pages = Math.ceil(total / PAGE_SIZE);
    $('pager').hidden = pages <= 1;
    $('page-info').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    $('previous').disabled = state.page === 0;
    $('next').disabled = state.page + 1 >= pages;
  }

  function entityChip(entity, state) {
    var chip = el('button', {
      type: 'button', 'class': 'chip type-' + entity.type, title: entity.type + ': ' + entity.id,
      'data-entity-id': entity.id
    }, entity.name);
    chip.addEventListener('click', function () { addEntity(state, entity); });
    return chip;
  }

  function addEntity(state, entity) {
    var next = readSearchState(searchParams(state).toString());
    if (next.entity.indexOf(entity.id) < 0) next.entity.push(entity.id);
    // The type narrows every entity filter: keeping another type would hide the entity just chosen.
    if (next.type && next.type !== entity.type) next.type = '';
    next.page = 0;
    go(next);
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
        var next = readSearchState(searchParams(state).toString());
        next.entity = next.entity.filter(function (other) { return other !== id; });
        next.page = 0;
        go(next);
      });
      filters.appendChild(el('span', {
        'class': 'chip filter' + (known ? ' type-' + known.type : ''), 'data-entity-id': id
      }, entityLabel(id), remove));
    });
  }

  // --- article detail ---------------------------------------------------------------------------------

  function showArticle(id) {
    var request = ++requestCount;
    fetchJson('api/articles/' + encodeURIComponent(id)).then(function (article) {
      if (request !== requestCount) return;
      showError('');
      renderArticle(article);
      $('results-view').hidden = true;
      $('facets').hidden = true;
      $('detail-view').hidden = false;
      window.scrollTo(0, 0);
    }).catch(function (error) {
      if (request !== requestCount) return;
      $('detail-view').hidden = true;
      $('results-view').hidden = false;
      showError(error.message);
    });
  }

  function renderArticle(article) {
    var metadata = article.metadata || {};
    var source = article.source || {};
    $('back').setAttribute('href', lastSearchHash);
    $('detail-title').textContent = metadata.title || source.fileName || article.documentId;

    var meta = clear($('detail-meta'));
    var author = metadata.author
      ? [metadata.author.rank, metadata.author.name].filter(Boolean).join(' ')
        + (metadata.author.role ? ', ' + metadata.author.role : '')
      : null;
    [['Published', metadata.published], ['Author', author], ['Publication', metadata.publication],
      ['Translator', metadata.translator], ['Language', metadata.language], ['Source', source.uri],
      ['Document id', article.documentId]].forEach(function (row) {
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
        var chip = el('button', {
          type: 'button', 'class': 'chip type-' + type, 'data-entity-id': entity.id,
          title: [entity.rank, entity.role, entity.acronym, entity.wikidataId].filter(Boolean).join(' · ') || entity.id
        }, label);
        chip.addEventListener('click', function () {
          go({ q: '', type: '', from: '', to: '', entity: [entity.id], page: 0 });
        });
        chips.appendChild(chip);
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

  // --- wiring ---------------------------------------------------------------------------------------

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var current = currentState();
    go({
      q: $('q').value.trim(), type: $('type').value, from: $('from').value, to: $('to').value,
      entity: current.entity, page: 0
    });
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
  $('home').addEventListener('click', function (event) {
    event.preventDefault();
    go(readSearchState(''));
  });
  window.addEventListener('hashchange', route);
  route();
})();
