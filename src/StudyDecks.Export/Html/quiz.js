/* StudyDecks HTML quiz. Reads the deck from the JSON block, builds every card with textContent (deck text never
   becomes markup), judges answers as the console quiz does, and keeps the answers for "Download results". */
(function () {
  'use strict';

  var RESULTS_FORMAT = 'studydecks.results';
  var RESULTS_VERSION = 1;
  var LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

  // ---- Answer matching: a port of StudyDecks.Quiz.Asking.AnswerMatcher. Keep the two in step: the browser tests
  // compare them on the same cases. Strings are walked by UTF-16 code unit, as C# walks chars. The C# code asks for
  // Unicode decomposition (FormD), but the program runs with InvariantGlobalization, where that leaves text as it is:
  // so the page does not decompose either ("Tōkyō" is not "tokyo" in either quiz, though a long answer's one accent
  // passes as one slip). Should the C# side fold accents one day, the agreement test shows this must follow.
  var ARTICLES = { a: true, an: true, the: true };
  var TYPO_TOLERANT_LENGTH = 8;
  var MARK = /\p{Mn}/u;
  var LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;
  var DIGIT = /\p{Nd}/u;

  function normalize(text) {
    var value = String(text);
    var out = '';
    for (var i = 0; i < value.length; i++) {
      var c = value[i];
      if (MARK.test(c)) {
        continue;
      }
      if (LETTER_OR_DIGIT.test(c)) {
        out += c.toLowerCase();
      } else if (c === '.' || c === '\'' || c === '\u2019' || c === ',') {
        // "U.S." = "US", "Côte d'Ivoire" = "Cote dIvoire", "43,000" = "43000": these marks join, not separate.
        continue;
      } else {
        out += ' ';
      }
    }
    return out.split(' ').filter(function (word) { return word.length > 0 && !ARTICLES[word]; }).join(' ');
  }

  function isOneSlipApart(a, b) {
    if (Math.abs(a.length - b.length) > 1) {
      return false;
    }
    var i = 0;
    var j = 0;
    var edits = 0;
    while (i < a.length && j < b.length) {
      if (a[i] === b[j]) {
        i++;
        j++;
        continue;
      }
      if (++edits > 1) {
        return false;
      }
      if (a.length > b.length) {
        i++;
      } else if (a.length < b.length) {
        j++;
      } else if (i + 1 < a.length && a[i] === b[j + 1] && a[i + 1] === b[j]) {
        i += 2;
        j += 2;
      } else {
        i++;
        j++;
      }
    }
    return edits + (a.length - i) + (b.length - j) <= 1;
  }

  function isSlip(typed, expected) {
    return expected.length >= TYPO_TOLERANT_LENGTH && !DIGIT.test(expected) && !DIGIT.test(typed) && isOneSlipApart(typed, expected);
  }

  function matches(card, reply) {
    var typed = normalize(reply);
    if (typed.length === 0) {
      return false;
    }
    var accepted = [card.answer].concat(card.aliases || []);
    for (var k = 0; k < accepted.length; k++) {
      var expected = normalize(accepted[k]);
      if (typed === expected || isSlip(typed, expected)) {
        return true;
      }
    }
    return false;
  }

  window.studydecksMatcher = { normalize: normalize, matches: matches };

  // ---- The page.
  var data = JSON.parse(document.getElementById('deck-data').textContent);
  var cards = data.cards;
  var questions = document.getElementById('questions');
  var scoreLine = document.getElementById('score');
  var announcer = document.getElementById('announcer');
  var summary = document.getElementById('summary');
  var keyList = document.getElementById('key-list');
  var state;

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function shuffled(list) {
    var copy = list.slice();
    for (var i = copy.length - 1; i > 0; i--) {
      var j = Math.floor(Math.random() * (i + 1));
      var swap = copy[i];
      copy[i] = copy[j];
      copy[j] = swap;
    }
    return copy;
  }

  function nowIso() {
    return new Date().toISOString();
  }

  function kindLabel(kind) {
    return kind.charAt(0).toUpperCase() + kind.slice(1);
  }

  function typeLabel(card) {
    switch (card.type) {
      case 'multiple-choice': return 'Multiple choice';
      case 'cloze': return 'Fill in the blank';
      case 'true-false': return 'True or false';
      default: return 'Short answer';
    }
  }

  function start() {
    state = {
      attempt: { startedAt: nowIso(), answers: [] },
      attempts: state ? state.attempts : [],
      views: [],
      answered: 0,
      correct: 0,
      lastAnswerAt: Date.now()
    };
    state.attempts.push(state.attempt);
    questions.textContent = '';
    keyList.textContent = '';
    summary.hidden = true;
    cards.forEach(function (card, index) {
      var view = buildCard(card, index);
      state.views.push(view);
      questions.appendChild(view.section);
      keyList.appendChild(keyEntry(view));
    });
    updateScore();
  }

  function buildCard(card, index) {
    var number = index + 1;
    var section = element('section', 'card');
    section.setAttribute('data-card-id', card.id);
    var questionId = 'q' + number;
    section.setAttribute('aria-labelledby', questionId);
    var view = { card: card, section: section, number: number, answered: false, options: [], buttons: [], shownAt: null };

    var meta = element('p', 'meta');
    meta.appendChild(element('span', 'number', 'Question ' + number + ' of ' + cards.length));
    meta.appendChild(element('span', 'type', typeLabel(card)));
    section.appendChild(meta);
    if (card.context) {
      var context = element('p', 'context');
      context.appendChild(element('span', 'visually-hidden', 'Context: '));
      context.appendChild(document.createTextNode(card.context));
      section.appendChild(context);
    }
    var question = element('h2', 'question', card.question);
    question.id = questionId;
    section.appendChild(question);

    if (card.style === 'typed') {
      buildTyped(view, questionId);
    } else {
      view.options = card.ordered ? card.options.slice() : shuffled(card.options);
      var group = element('div', 'options');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', questionId);
      view.options.forEach(function (option, i) {
        var button = element('button', 'option');
        button.type = 'button';
        button.setAttribute('data-letter', LETTERS[i]);
        button.appendChild(element('span', 'letter', LETTERS[i]));
        button.appendChild(element('span', 'text', option));
        button.appendChild(element('span', 'mark'));
        button.addEventListener('click', function () { answerChoice(view, i); });
        view.buttons.push(button);
        group.appendChild(button);
      });
      section.appendChild(group);
      var hint = element('p', 'hint', card.style === 'true-false' ? 'Press T or F, or A or B.' : 'Press a letter from A to ' + LETTERS[view.options.length - 1] + '.');
      section.appendChild(hint);
    }

    view.feedback = element('div', 'feedback');
    view.feedback.hidden = true;
    section.appendChild(view.feedback);
    return view;
  }

  function buildTyped(view, questionId) {
    var form = element('form', 'typed');
    form.setAttribute('novalidate', '');
    var inputId = 'a' + view.number;
    var label = element('label', null, 'Your answer');
    label.htmlFor = inputId;
    var input = element('input');
    input.type = 'text';
    input.id = inputId;
    input.autocomplete = 'off';
    input.setAttribute('autocapitalize', 'off');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('aria-describedby', questionId);
    var check = element('button', 'check', 'Check');
    check.type = 'submit';
    var giveUp = element('button', 'give-up', 'Show the answer');
    giveUp.type = 'button';
    form.appendChild(label);
    form.appendChild(input);
    form.appendChild(check);
    form.appendChild(giveUp);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (input.value.trim().length === 0) {
        announce('Type an answer first, or choose Show the answer.');
        input.focus();
        return;
      }
      answerTyped(view, input.value);
    });
    giveUp.addEventListener('click', function () { answerTyped(view, ''); });
    view.input = input;
    view.buttons = [check, giveUp];
    view.section.appendChild(form);
  }

  function keyEntry(view) {
    var card = view.card;
    var text = card.style === 'typed' ? card.answer : LETTERS[view.options.indexOf(card.answer)] + ') ' + card.answer;
    return element('li', null, text);
  }

  function answerChoice(view, index) {
    if (view.answered) {
      return;
    }
    var choice = view.options[index];
    record(view, choice, choice === view.card.answer);
    view.buttons.forEach(function (button, i) {
      var option = view.options[i];
      button.setAttribute('aria-disabled', 'true');
      var mark = button.querySelector('.mark');
      if (option === view.card.answer) {
        button.classList.add('right');
        mark.textContent = i === index ? '\u2713 your answer, right' : '\u2713 right answer';
      } else if (i === index) {
        button.classList.add('wrong');
        mark.textContent = '\u2717 your answer, wrong';
      }
      if (i === index) {
        button.setAttribute('aria-pressed', 'true');
      }
    });
  }

  function answerTyped(view, text) {
    if (view.answered) {
      return;
    }
    var trimmed = text.trim();
    record(view, trimmed, matches(view.card, text));
    view.input.readOnly = true;
    view.buttons.forEach(function (button) { button.setAttribute('aria-disabled', 'true'); });
  }

  function record(view, choice, correct) {
    var now = Date.now();
    view.answered = true;
    view.section.classList.add('answered', correct ? 'is-right' : 'is-wrong');
    var answer = {
      cardId: view.card.id,
      choice: choice,
      correct: correct,
      answeredAt: new Date(now).toISOString(),
      // The time since the previous answer (or the start): the page shows every card at once.
      milliseconds: Math.max(0, now - state.lastAnswerAt),
      options: view.options.slice()
    };
    state.lastAnswerAt = now;
    state.attempt.answers.push(answer);
    state.answered++;
    if (correct) {
      state.correct++;
    }
    var verdict = showFeedback(view, choice, correct);
    updateScore();
    announce(verdict);
    if (state.answered === cards.length) {
      showSummary();
    }
  }

  function rightAnswerText(view) {
    var card = view.card;
    return card.style === 'typed' ? card.answer : LETTERS[view.options.indexOf(card.answer)] + ') ' + card.answer;
  }

  function showFeedback(view, choice, correct) {
    var feedback = view.feedback;
    feedback.textContent = '';
    var gaveUp = view.card.style === 'typed' && choice.length === 0;
    var verdict = correct ? '\u2713 Right.' : gaveUp ? '\u2717 Not answered.' : '\u2717 Wrong.';
    feedback.appendChild(element('p', 'verdict', verdict));
    if (view.card.style === 'typed' && !gaveUp) {
      feedback.appendChild(element('p', 'yours', 'You wrote: ' + choice));
    }
    var answer = element('p', 'answer');
    answer.appendChild(element('span', 'label', 'Answer: '));
    answer.appendChild(document.createTextNode(rightAnswerText(view)));
    feedback.appendChild(answer);
    if (view.card.explanation) {
      var source = element('blockquote', 'source');
      source.appendChild(element('span', 'label', 'From the article: '));
      source.appendChild(document.createTextNode(view.card.explanation));
      feedback.appendChild(source);
    }
    var next = nextUnanswered(view);
    if (next) {
      var button = element('button', 'next', 'Next question');
      button.type = 'button';
      button.addEventListener('click', function () { focusCard(nextUnanswered(view)); });
      feedback.appendChild(button);
      feedback.hidden = false;
      button.focus();
    } else {
      feedback.hidden = false;
    }
    return 'Question ' + view.number + ': ' + verdict + ' The answer is ' + rightAnswerText(view) + '.';
  }

  function nextUnanswered(from) {
    var views = state.views;
    var startAt = from ? views.indexOf(from) + 1 : 0;
    for (var k = 0; k < views.length; k++) {
      var view = views[(startAt + k) % views.length];
      if (!view.answered) {
        return view;
      }
    }
    return null;
  }

  function focusCard(view) {
    if (!view) {
      return;
    }
    var target = view.input || view.buttons[0];
    target.focus();
    view.section.scrollIntoView({ block: 'nearest' });
  }

  function updateScore() {
    scoreLine.textContent = 'Score: ' + state.correct + ' right of ' + state.answered + ' answered \u2014 ' + cards.length + ' questions';
  }

  function announce(text) {
    announcer.textContent = '';
    // A fresh text node each time, so the same words said twice are read twice.
    window.setTimeout(function () { announcer.textContent = text; }, 30);
  }

  function showSummary() {
    var percent = cards.length === 0 ? 0 : Math.round(100 * state.correct / cards.length);
    document.getElementById('summary-score').textContent =
      'You got ' + state.correct + ' of ' + cards.length + ' right (' + percent + ' %).';
    var kinds = {};
    state.views.forEach(function (view) {
      var entry = kinds[view.card.kind] || (kinds[view.card.kind] = { kind: view.card.kind, answered: 0, correct: 0 });
      entry.answered++;
      if (view.section.classList.contains('is-right')) {
        entry.correct++;
      }
    });
    var weakest = Object.keys(kinds).map(function (name) { return kinds[name]; })
      .filter(function (entry) { return entry.correct < entry.answered; })
      .sort(function (a, b) {
        return (a.correct / a.answered) - (b.correct / b.answered) || b.answered - a.answered || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0);
      });
    var holder = document.getElementById('summary-kinds');
    holder.textContent = '';
    if (weakest.length === 0) {
      holder.appendChild(element('p', null, 'Every answer right.'));
    } else {
      holder.appendChild(element('h3', null, 'Weakest answer kinds'));
      var list = element('ul', 'kinds');
      weakest.forEach(function (entry) {
        list.appendChild(element('li', null, kindLabel(entry.kind) + ': ' + entry.correct + ' of ' + entry.answered + ' right'));
      });
      holder.appendChild(list);
    }
    // Every card is answered: no "Next question" is left to go to.
    Array.prototype.forEach.call(questions.querySelectorAll('button.next'), function (button) { button.remove(); });
    summary.hidden = false;
    document.getElementById('summary-title').focus();
  }

  function results() {
    var used = {};
    state.attempts.forEach(function (attempt) {
      attempt.answers.forEach(function (answer) { used[answer.cardId] = true; });
    });
    return {
      format: RESULTS_FORMAT,
      version: RESULTS_VERSION,
      deck: { title: data.title, seed: data.seed },
      attempts: state.attempts.filter(function (attempt) { return attempt.answers.length > 0; }).map(function (attempt) {
        return { startedAt: attempt.startedAt, answers: attempt.answers.map(function (answer) { return Object.assign({}, answer, { options: answer.options.slice() }); }) };
      }),
      // What the score database needs to show the cards without the deck file.
      cards: cards.filter(function (card) { return used[card.id]; }).map(function (card) {
        return { id: card.id, type: card.type, kind: card.kind, question: card.question, answer: card.answer, distractors: card.distractors.slice() };
      })
    };
  }

  window.studydecksResults = results;

  function slug(text) {
    var value = String(text).normalize('NFD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
    return value || 'quiz';
  }

  function download() {
    var body = JSON.stringify(results(), null, 2) + '\n';
    var link = element('a');
    link.href = URL.createObjectURL(new Blob([body], { type: 'application/json' }));
    link.download = slug(data.title) + '.results-' + state.attempt.startedAt.replace(/[:.]/g, '-') + '.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    window.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
    announce('Results downloaded.');
  }

  function currentCard() {
    var active = document.activeElement;
    var section = active && active.closest ? active.closest('section.card') : null;
    var view = section ? state.views.filter(function (candidate) { return candidate.section === section; })[0] : null;
    return view && !view.answered ? view : nextUnanswered(view);
  }

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.key.length !== 1) {
      return;
    }
    var target = event.target;
    if (target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) {
      return;
    }
    var view = currentCard();
    if (!view || view.card.style === 'typed') {
      return;
    }
    var key = event.key.toUpperCase();
    var index = LETTERS.indexOf(key);
    if (view.card.style === 'true-false' && (key === 'T' || key === 'F')) {
      index = view.options.indexOf(key === 'T' ? 'True' : 'False');
    }
    if (index >= 0 && index < view.options.length) {
      event.preventDefault();
      view.buttons[index].focus();
      answerChoice(view, index);
    }
  });

  document.getElementById('download').addEventListener('click', download);
  document.getElementById('try-again').addEventListener('click', function () {
    start();
    window.scrollTo(0, 0);
    focusCard(nextUnanswered(null));
  });

  start();
}());
