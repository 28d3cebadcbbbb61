#!/usr/bin/env node
import { createRequire as __lsCreateRequire } from 'node:module'; const require = __lsCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/model/config.ts
var SEVERITIES, DEFAULT_POLICY;
var init_config = __esm({
  "src/model/config.ts"() {
    "use strict";
    SEVERITIES = ["low", "medium", "high", "critical"];
    DEFAULT_POLICY = {
      inactiveAfter: 90 * 864e5,
      rotateEvery: 90 * 864e5,
      expiryWarning: 30 * 864e5,
      reactivationGap: 90 * 864e5,
      reviewEvery: 90 * 864e5,
      telemetryMaxAge: 7 * 864e5,
      failOn: "high",
      requireExpiry: false,
      rules: {}
    };
  }
});

// node_modules/ajv/dist/compile/codegen/code.js
var require_code = __commonJS({
  "node_modules/ajv/dist/compile/codegen/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
    var _CodeOrName = class {
    };
    exports._CodeOrName = _CodeOrName;
    exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
    var Name = class extends _CodeOrName {
      constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
          throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        return false;
      }
      get names() {
        return { [this.str]: 1 };
      }
    };
    exports.Name = Name;
    var _Code = class extends _CodeOrName {
      constructor(code2) {
        super();
        this._items = typeof code2 === "string" ? [code2] : code2;
      }
      toString() {
        return this.str;
      }
      emptyStr() {
        if (this._items.length > 1)
          return false;
        const item = this._items[0];
        return item === "" || item === '""';
      }
      get str() {
        var _a2;
        return (_a2 = this._str) !== null && _a2 !== void 0 ? _a2 : this._str = this._items.reduce((s, c) => `${s}${c}`, "");
      }
      get names() {
        var _a2;
        return (_a2 = this._names) !== null && _a2 !== void 0 ? _a2 : this._names = this._items.reduce((names, c) => {
          if (c instanceof Name)
            names[c.str] = (names[c.str] || 0) + 1;
          return names;
        }, {});
      }
    };
    exports._Code = _Code;
    exports.nil = new _Code("");
    function _(strs, ...args) {
      const code2 = [strs[0]];
      let i = 0;
      while (i < args.length) {
        addCodeArg(code2, args[i]);
        code2.push(strs[++i]);
      }
      return new _Code(code2);
    }
    exports._ = _;
    var plus = new _Code("+");
    function str(strs, ...args) {
      const expr = [safeStringify(strs[0])];
      let i = 0;
      while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
      }
      optimize(expr);
      return new _Code(expr);
    }
    exports.str = str;
    function addCodeArg(code2, arg) {
      if (arg instanceof _Code)
        code2.push(...arg._items);
      else if (arg instanceof Name)
        code2.push(arg);
      else
        code2.push(interpolate(arg));
    }
    exports.addCodeArg = addCodeArg;
    function optimize(expr) {
      let i = 1;
      while (i < expr.length - 1) {
        if (expr[i] === plus) {
          const res = mergeExprItems(expr[i - 1], expr[i + 1]);
          if (res !== void 0) {
            expr.splice(i - 1, 3, res);
            continue;
          }
          expr[i++] = "+";
        }
        i++;
      }
    }
    function mergeExprItems(a, b) {
      if (b === '""')
        return a;
      if (a === '""')
        return b;
      if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
          return;
        if (typeof b != "string")
          return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
          return a.slice(0, -1) + b.slice(1);
        return;
      }
      if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
      return;
    }
    function strConcat(c1, c2) {
      return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str`${c1}${c2}`;
    }
    exports.strConcat = strConcat;
    function interpolate(x) {
      return typeof x == "number" || typeof x == "boolean" || x === null ? x : safeStringify(Array.isArray(x) ? x.join(",") : x);
    }
    function stringify(x) {
      return new _Code(safeStringify(x));
    }
    exports.stringify = stringify;
    function safeStringify(x) {
      return JSON.stringify(x).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
    }
    exports.safeStringify = safeStringify;
    function getProperty(key) {
      return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _`[${key}]`;
    }
    exports.getProperty = getProperty;
    function getEsmExportName(key) {
      if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
      }
      throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
    }
    exports.getEsmExportName = getEsmExportName;
    function regexpCode(rx) {
      return new _Code(rx.toString());
    }
    exports.regexpCode = regexpCode;
  }
});

// node_modules/ajv/dist/compile/codegen/scope.js
var require_scope = __commonJS({
  "node_modules/ajv/dist/compile/codegen/scope.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
    var code_1 = require_code();
    var ValueError = class extends Error {
      constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
      }
    };
    var UsedValueState;
    (function(UsedValueState2) {
      UsedValueState2[UsedValueState2["Started"] = 0] = "Started";
      UsedValueState2[UsedValueState2["Completed"] = 1] = "Completed";
    })(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
    exports.varKinds = {
      const: new code_1.Name("const"),
      let: new code_1.Name("let"),
      var: new code_1.Name("var")
    };
    var Scope = class {
      constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
      }
      toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
      }
      name(prefix) {
        return new code_1.Name(this._newName(prefix));
      }
      _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
      }
      _nameGroup(prefix) {
        var _a2, _b;
        if (((_b = (_a2 = this._parent) === null || _a2 === void 0 ? void 0 : _a2._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || this._prefixes && !this._prefixes.has(prefix)) {
          throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return this._names[prefix] = { prefix, index: 0 };
      }
    };
    exports.Scope = Scope;
    var ValueScopeName = class extends code_1.Name {
      constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
      }
      setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._)`.${new code_1.Name(property)}[${itemIndex}]`;
      }
    };
    exports.ValueScopeName = ValueScopeName;
    var line = (0, code_1._)`\n`;
    var ValueScope = class extends Scope {
      constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
      }
      get() {
        return this._scope;
      }
      name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
      }
      value(nameOrPrefix, value) {
        var _a2;
        if (value.ref === void 0)
          throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a2 = value.key) !== null && _a2 !== void 0 ? _a2 : value.ref;
        let vs = this._values[prefix];
        if (vs) {
          const _name = vs.get(valueKey);
          if (_name)
            return _name;
        } else {
          vs = this._values[prefix] = /* @__PURE__ */ new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
      }
      getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
          return;
        return vs.get(keyOrRef);
      }
      scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
          if (name.scopePath === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return (0, code_1._)`${scopeName}${name.scopePath}`;
        });
      }
      scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
          if (name.value === void 0)
            throw new Error(`CodeGen: name "${name}" has no value`);
          return name.value.code;
        }, usedValues, getCode);
      }
      _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code2 = code_1.nil;
        for (const prefix in values) {
          const vs = values[prefix];
          if (!vs)
            continue;
          const nameSet = usedValues[prefix] = usedValues[prefix] || /* @__PURE__ */ new Map();
          vs.forEach((name) => {
            if (nameSet.has(name))
              return;
            nameSet.set(name, UsedValueState.Started);
            let c = valueCode(name);
            if (c) {
              const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
              code2 = (0, code_1._)`${code2}${def} ${name} = ${c};${this.opts._n}`;
            } else if (c = getCode === null || getCode === void 0 ? void 0 : getCode(name)) {
              code2 = (0, code_1._)`${code2}${c}${this.opts._n}`;
            } else {
              throw new ValueError(name);
            }
            nameSet.set(name, UsedValueState.Completed);
          });
        }
        return code2;
      }
    };
    exports.ValueScope = ValueScope;
  }
});

// node_modules/ajv/dist/compile/codegen/index.js
var require_codegen = __commonJS({
  "node_modules/ajv/dist/compile/codegen/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
    var code_1 = require_code();
    var scope_1 = require_scope();
    var code_2 = require_code();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return code_2._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return code_2.str;
    } });
    Object.defineProperty(exports, "strConcat", { enumerable: true, get: function() {
      return code_2.strConcat;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return code_2.nil;
    } });
    Object.defineProperty(exports, "getProperty", { enumerable: true, get: function() {
      return code_2.getProperty;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return code_2.stringify;
    } });
    Object.defineProperty(exports, "regexpCode", { enumerable: true, get: function() {
      return code_2.regexpCode;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return code_2.Name;
    } });
    var scope_2 = require_scope();
    Object.defineProperty(exports, "Scope", { enumerable: true, get: function() {
      return scope_2.Scope;
    } });
    Object.defineProperty(exports, "ValueScope", { enumerable: true, get: function() {
      return scope_2.ValueScope;
    } });
    Object.defineProperty(exports, "ValueScopeName", { enumerable: true, get: function() {
      return scope_2.ValueScopeName;
    } });
    Object.defineProperty(exports, "varKinds", { enumerable: true, get: function() {
      return scope_2.varKinds;
    } });
    exports.operators = {
      GT: new code_1._Code(">"),
      GTE: new code_1._Code(">="),
      LT: new code_1._Code("<"),
      LTE: new code_1._Code("<="),
      EQ: new code_1._Code("==="),
      NEQ: new code_1._Code("!=="),
      NOT: new code_1._Code("!"),
      OR: new code_1._Code("||"),
      AND: new code_1._Code("&&"),
      ADD: new code_1._Code("+")
    };
    var Node = class {
      optimizeNodes() {
        return this;
      }
      optimizeNames(_names, _constants) {
        return this;
      }
    };
    var Def = class extends Node {
      constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
      }
      render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === void 0 ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (!names[this.name.str])
          return;
        if (this.rhs)
          this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
      }
    };
    var Assign = class extends Node {
      constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
      }
      render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
      }
      optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
          return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
      }
      get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
      }
    };
    var AssignOp = class extends Assign {
      constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
      }
      render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
      }
    };
    var Label = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        return `${this.label}:` + _n;
      }
    };
    var Break = class extends Node {
      constructor(label) {
        super();
        this.label = label;
        this.names = {};
      }
      render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
      }
    };
    var Throw = class extends Node {
      constructor(error) {
        super();
        this.error = error;
      }
      render({ _n }) {
        return `throw ${this.error};` + _n;
      }
      get names() {
        return this.error.names;
      }
    };
    var AnyCode = class extends Node {
      constructor(code2) {
        super();
        this.code = code2;
      }
      render({ _n }) {
        return `${this.code};` + _n;
      }
      optimizeNodes() {
        return `${this.code}` ? this : void 0;
      }
      optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
      }
      get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
      }
    };
    var ParentNode = class extends Node {
      constructor(nodes = []) {
        super();
        this.nodes = nodes;
      }
      render(opts) {
        return this.nodes.reduce((code2, n) => code2 + n.render(opts), "");
      }
      optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i].optimizeNodes();
          if (Array.isArray(n))
            nodes.splice(i, 1, ...n);
          else if (n)
            nodes[i] = n;
          else
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
          const n = nodes[i];
          if (n.optimizeNames(names, constants))
            continue;
          subtractNames(names, n.names);
          nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : void 0;
      }
      get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
      }
    };
    var BlockNode = class extends ParentNode {
      render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
      }
    };
    var Root = class extends ParentNode {
    };
    var Else = class extends BlockNode {
    };
    Else.kind = "else";
    var If = class _If extends BlockNode {
      constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
      }
      render(opts) {
        let code2 = `if(${this.condition})` + super.render(opts);
        if (this.else)
          code2 += "else " + this.else.render(opts);
        return code2;
      }
      optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
          return this.nodes;
        let e = this.else;
        if (e) {
          const ns = e.optimizeNodes();
          e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
          if (cond === false)
            return e instanceof _If ? e : e.nodes;
          if (this.nodes.length)
            return this;
          return new _If(not(cond), e instanceof _If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
          return void 0;
        return this;
      }
      optimizeNames(names, constants) {
        var _a2;
        this.else = (_a2 = this.else) === null || _a2 === void 0 ? void 0 : _a2.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
          return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
          addNames(names, this.else.names);
        return names;
      }
    };
    If.kind = "if";
    var For = class extends BlockNode {
    };
    For.kind = "for";
    var ForLoop = class extends For {
      constructor(iteration) {
        super();
        this.iteration = iteration;
      }
      render(opts) {
        return `for(${this.iteration})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iteration.names);
      }
    };
    var ForRange = class extends For {
      constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
      }
      render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
      }
      get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
      }
    };
    var ForIter = class extends For {
      constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
      }
      render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
      }
      optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
          return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
      }
      get names() {
        return addNames(super.names, this.iterable.names);
      }
    };
    var Func = class extends BlockNode {
      constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
      }
      render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
      }
    };
    Func.kind = "func";
    var Return = class extends ParentNode {
      render(opts) {
        return "return " + super.render(opts);
      }
    };
    Return.kind = "return";
    var Try = class extends BlockNode {
      render(opts) {
        let code2 = "try" + super.render(opts);
        if (this.catch)
          code2 += this.catch.render(opts);
        if (this.finally)
          code2 += this.finally.render(opts);
        return code2;
      }
      optimizeNodes() {
        var _a2, _b;
        super.optimizeNodes();
        (_a2 = this.catch) === null || _a2 === void 0 ? void 0 : _a2.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
      }
      optimizeNames(names, constants) {
        var _a2, _b;
        super.optimizeNames(names, constants);
        (_a2 = this.catch) === null || _a2 === void 0 ? void 0 : _a2.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
      }
      get names() {
        const names = super.names;
        if (this.catch)
          addNames(names, this.catch.names);
        if (this.finally)
          addNames(names, this.finally.names);
        return names;
      }
    };
    var Catch = class extends BlockNode {
      constructor(error) {
        super();
        this.error = error;
      }
      render(opts) {
        return `catch(${this.error})` + super.render(opts);
      }
    };
    Catch.kind = "catch";
    var Finally = class extends BlockNode {
      render(opts) {
        return "finally" + super.render(opts);
      }
    };
    Finally.kind = "finally";
    var CodeGen = class {
      constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
      }
      toString() {
        return this._root.render(this.opts);
      }
      // returns unique name in the internal scope
      name(prefix) {
        return this._scope.name(prefix);
      }
      // reserves unique name in the external scope
      scopeName(prefix) {
        return this._extScope.name(prefix);
      }
      // reserves unique name in the external scope and assigns value to it
      scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = /* @__PURE__ */ new Set());
        vs.add(name);
        return name;
      }
      getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
      }
      // return code that assigns values in the external scope to the names that are used internally
      // (same names that were returned by gen.scopeName or gen.scopeValue)
      scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
      }
      scopeCode() {
        return this._extScope.scopeCode(this._values);
      }
      _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== void 0 && constant)
          this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
      }
      // `const` declaration (`var` in es5 mode)
      const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
      }
      // `let` declaration with optional assignment (`var` in es5 mode)
      let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
      }
      // `var` declaration with optional assignment
      var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
      }
      // assignment code
      assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
      }
      // `+=` code
      add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
      }
      // appends passed SafeExpr to code or executes Block
      code(c) {
        if (typeof c == "function")
          c();
        else if (c !== code_1.nil)
          this._leafNode(new AnyCode(c));
        return this;
      }
      // returns code for object literal for the passed argument list of key-value pairs
      object(...keyValues) {
        const code2 = ["{"];
        for (const [key, value] of keyValues) {
          if (code2.length > 1)
            code2.push(",");
          code2.push(key);
          if (key !== value || this.opts.es5) {
            code2.push(":");
            (0, code_1.addCodeArg)(code2, value);
          }
        }
        code2.push("}");
        return new code_1._Code(code2);
      }
      // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
      if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
          this.code(thenBody).else().code(elseBody).endIf();
        } else if (thenBody) {
          this.code(thenBody).endIf();
        } else if (elseBody) {
          throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
      }
      // `else if` clause - invalid without `if` or after `else` clauses
      elseIf(condition) {
        return this._elseNode(new If(condition));
      }
      // `else` clause - only valid after `if` or `else if` clauses
      else() {
        return this._elseNode(new Else());
      }
      // end `if` statement (needed if gen.if was used only with condition)
      endIf() {
        return this._endBlockNode(If, Else);
      }
      _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
          this.code(forBody).endFor();
        return this;
      }
      // a generic `for` clause (or statement if `forBody` is passed)
      for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
      }
      // `for` statement for a range of values
      forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
      }
      // `for-of` statement (in es5 mode replace with a normal for loop)
      forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
          const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
          return this.forRange("_i", 0, (0, code_1._)`${arr}.length`, (i) => {
            this.var(name, (0, code_1._)`${arr}[${i}]`);
            forBody(name);
          });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
      }
      // `for-in` statement.
      // With option `ownProperties` replaced with a `for-of` loop for object keys
      forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
          return this.forOf(nameOrPrefix, (0, code_1._)`Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
      }
      // end `for` loop
      endFor() {
        return this._endBlockNode(For);
      }
      // `label` statement
      label(label) {
        return this._leafNode(new Label(label));
      }
      // `break` statement
      break(label) {
        return this._leafNode(new Break(label));
      }
      // `return` statement
      return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
          throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
      }
      // `try` statement
      try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
          throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
          const error = this.name("e");
          this._currNode = node.catch = new Catch(error);
          catchCode(error);
        }
        if (finallyCode) {
          this._currNode = node.finally = new Finally();
          this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
      }
      // `throw` statement
      throw(error) {
        return this._leafNode(new Throw(error));
      }
      // start self-balancing block
      block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
          this.code(body).endBlock(nodeCount);
        return this;
      }
      // end the current self-balancing block
      endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === void 0)
          throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || nodeCount !== void 0 && toClose !== nodeCount) {
          throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
      }
      // `function` heading (or definition if funcBody is passed)
      func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
          this.code(funcBody).endFunc();
        return this;
      }
      // end function definition
      endFunc() {
        return this._endBlockNode(Func);
      }
      optimize(n = 1) {
        while (n-- > 0) {
          this._root.optimizeNodes();
          this._root.optimizeNames(this._root.names, this._constants);
        }
      }
      _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
      }
      _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
      }
      _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || N2 && n instanceof N2) {
          this._nodes.pop();
          return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
      }
      _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
          throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
      }
      get _root() {
        return this._nodes[0];
      }
      get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
      }
      set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
      }
    };
    exports.CodeGen = CodeGen;
    function addNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
      return names;
    }
    function addExprNames(names, from) {
      return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
    }
    function optimizeExpr(expr, names, constants) {
      if (expr instanceof code_1.Name)
        return replaceName(expr);
      if (!canOptimize(expr))
        return expr;
      return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
          c = replaceName(c);
        if (c instanceof code_1._Code)
          items.push(...c._items);
        else
          items.push(c);
        return items;
      }, []));
      function replaceName(n) {
        const c = constants[n.str];
        if (c === void 0 || names[n.str] !== 1)
          return n;
        delete names[n.str];
        return c;
      }
      function canOptimize(e) {
        return e instanceof code_1._Code && e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== void 0);
      }
    }
    function subtractNames(names, from) {
      for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
    }
    function not(x) {
      return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._)`!${par(x)}`;
    }
    exports.not = not;
    var andCode = mappend(exports.operators.AND);
    function and(...args) {
      return args.reduce(andCode);
    }
    exports.and = and;
    var orCode = mappend(exports.operators.OR);
    function or(...args) {
      return args.reduce(orCode);
    }
    exports.or = or;
    function mappend(op) {
      return (x, y) => x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._)`${par(x)} ${op} ${par(y)}`;
    }
    function par(x) {
      return x instanceof code_1.Name ? x : (0, code_1._)`(${x})`;
    }
  }
});

// node_modules/ajv/dist/compile/util.js
var require_util = __commonJS({
  "node_modules/ajv/dist/compile/util.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
    var codegen_1 = require_codegen();
    var code_1 = require_code();
    function toHash(arr) {
      const hash = {};
      for (const item of arr)
        hash[item] = true;
      return hash;
    }
    exports.toHash = toHash;
    function alwaysValidSchema(it, schema) {
      if (typeof schema == "boolean")
        return schema;
      if (Object.keys(schema).length === 0)
        return true;
      checkUnknownRules(it, schema);
      return !schemaHasRules(schema, it.self.RULES.all);
    }
    exports.alwaysValidSchema = alwaysValidSchema;
    function checkUnknownRules(it, schema = it.schema) {
      const { opts, self } = it;
      if (!opts.strictSchema)
        return;
      if (typeof schema === "boolean")
        return;
      const rules = self.RULES.keywords;
      for (const key in schema) {
        if (!rules[key])
          checkStrictMode(it, `unknown keyword: "${key}"`);
      }
    }
    exports.checkUnknownRules = checkUnknownRules;
    function schemaHasRules(schema, rules) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (rules[key])
          return true;
      return false;
    }
    exports.schemaHasRules = schemaHasRules;
    function schemaHasRulesButRef(schema, RULES) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
          return true;
      return false;
    }
    exports.schemaHasRulesButRef = schemaHasRulesButRef;
    function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
      if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
          return schema;
        if (typeof schema == "string")
          return (0, codegen_1._)`${schema}`;
      }
      return (0, codegen_1._)`${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
    }
    exports.schemaRefOrVal = schemaRefOrVal;
    function unescapeFragment(str) {
      return unescapeJsonPointer(decodeURIComponent(str));
    }
    exports.unescapeFragment = unescapeFragment;
    function escapeFragment(str) {
      return encodeURIComponent(escapeJsonPointer(str));
    }
    exports.escapeFragment = escapeFragment;
    function escapeJsonPointer(str) {
      if (typeof str == "number")
        return `${str}`;
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
    exports.escapeJsonPointer = escapeJsonPointer;
    function unescapeJsonPointer(str) {
      return str.replace(/~1/g, "/").replace(/~0/g, "~");
    }
    exports.unescapeJsonPointer = unescapeJsonPointer;
    function eachItem(xs, f) {
      if (Array.isArray(xs)) {
        for (const x of xs)
          f(x);
      } else {
        f(xs);
      }
    }
    exports.eachItem = eachItem;
    function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName }) {
      return (gen, from, to, toName) => {
        const res = to === void 0 ? from : to instanceof codegen_1.Name ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to) : from instanceof codegen_1.Name ? (mergeToName(gen, to, from), from) : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
      };
    }
    exports.mergeEvaluated = {
      props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => {
          gen.if((0, codegen_1._)`${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._)`${to} || {}`).code((0, codegen_1._)`Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => {
          if (from === true) {
            gen.assign(to, true);
          } else {
            gen.assign(to, (0, codegen_1._)`${to} || {}`);
            setEvaluated(gen, to, from);
          }
        }),
        mergeValues: (from, to) => from === true ? true : { ...from, ...to },
        resultToName: evaluatedPropsToName
      }),
      items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._)`${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._)`${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._)`${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => from === true ? true : Math.max(from, to),
        resultToName: (gen, items) => gen.var("items", items)
      })
    };
    function evaluatedPropsToName(gen, ps) {
      if (ps === true)
        return gen.var("props", true);
      const props = gen.var("props", (0, codegen_1._)`{}`);
      if (ps !== void 0)
        setEvaluated(gen, props, ps);
      return props;
    }
    exports.evaluatedPropsToName = evaluatedPropsToName;
    function setEvaluated(gen, props, ps) {
      Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._)`${props}${(0, codegen_1.getProperty)(p)}`, true));
    }
    exports.setEvaluated = setEvaluated;
    var snippets = {};
    function useFunc(gen, f) {
      return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code))
      });
    }
    exports.useFunc = useFunc;
    var Type;
    (function(Type2) {
      Type2[Type2["Num"] = 0] = "Num";
      Type2[Type2["Str"] = 1] = "Str";
    })(Type || (exports.Type = Type = {}));
    function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
      if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax ? isNumber ? (0, codegen_1._)`"[" + ${dataProp} + "]"` : (0, codegen_1._)`"['" + ${dataProp} + "']"` : isNumber ? (0, codegen_1._)`"/" + ${dataProp}` : (0, codegen_1._)`"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`;
      }
      return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
    }
    exports.getErrorPath = getErrorPath;
    function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
      if (!mode)
        return;
      msg = `strict mode: ${msg}`;
      if (mode === true)
        throw new Error(msg);
      it.self.logger.warn(msg);
    }
    exports.checkStrictMode = checkStrictMode;
  }
});

// node_modules/ajv/dist/compile/names.js
var require_names = __commonJS({
  "node_modules/ajv/dist/compile/names.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var names = {
      // validation function arguments
      data: new codegen_1.Name("data"),
      // data passed to validation function
      // args passed from referencing schema
      valCxt: new codegen_1.Name("valCxt"),
      // validation/data context - should not be used directly, it is destructured to the names below
      instancePath: new codegen_1.Name("instancePath"),
      parentData: new codegen_1.Name("parentData"),
      parentDataProperty: new codegen_1.Name("parentDataProperty"),
      rootData: new codegen_1.Name("rootData"),
      // root data - same as the data passed to the first/top validation function
      dynamicAnchors: new codegen_1.Name("dynamicAnchors"),
      // used to support recursiveRef and dynamicRef
      // function scoped variables
      vErrors: new codegen_1.Name("vErrors"),
      // null or array of validation errors
      errors: new codegen_1.Name("errors"),
      // counter of validation errors
      this: new codegen_1.Name("this"),
      // "globals"
      self: new codegen_1.Name("self"),
      scope: new codegen_1.Name("scope"),
      // JTD serialize/parse name for JSON string and position
      json: new codegen_1.Name("json"),
      jsonPos: new codegen_1.Name("jsonPos"),
      jsonLen: new codegen_1.Name("jsonLen"),
      jsonPart: new codegen_1.Name("jsonPart")
    };
    exports.default = names;
  }
});

// node_modules/ajv/dist/compile/errors.js
var require_errors = __commonJS({
  "node_modules/ajv/dist/compile/errors.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    exports.keywordError = {
      message: ({ keyword }) => (0, codegen_1.str)`must pass "${keyword}" keyword validation`
    };
    exports.keyword$DataError = {
      message: ({ keyword, schemaType }) => schemaType ? (0, codegen_1.str)`"${keyword}" keyword must be ${schemaType} ($data)` : (0, codegen_1.str)`"${keyword}" keyword is invalid ($data)`
    };
    function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : compositeRule || allErrors) {
        addError(gen, errObj);
      } else {
        returnErrors(it, (0, codegen_1._)`[${errObj}]`);
      }
    }
    exports.reportError = reportError;
    function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
      const { it } = cxt;
      const { gen, compositeRule, allErrors } = it;
      const errObj = errorObjectCode(cxt, error, errorPaths);
      addError(gen, errObj);
      if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
      }
    }
    exports.reportExtraError = reportExtraError;
    function resetErrorsCount(gen, errsCount) {
      gen.assign(names_1.default.errors, errsCount);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._)`${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
    }
    exports.resetErrorsCount = resetErrorsCount;
    function extendErrors({ gen, keyword, schemaValue, data, errsCount, it }) {
      if (errsCount === void 0)
        throw new Error("ajv implementation error");
      const err = gen.name("err");
      gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._)`${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._)`${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._)`${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._)`${err}.schemaPath`, (0, codegen_1.str)`${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
          gen.assign((0, codegen_1._)`${err}.schema`, schemaValue);
          gen.assign((0, codegen_1._)`${err}.data`, data);
        }
      });
    }
    exports.extendErrors = extendErrors;
    function addError(gen, errObj) {
      const err = gen.const("err", errObj);
      gen.if((0, codegen_1._)`${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._)`[${err}]`), (0, codegen_1._)`${names_1.default.vErrors}.push(${err})`);
      gen.code((0, codegen_1._)`${names_1.default.errors}++`);
    }
    function returnErrors(it, errs) {
      const { gen, validateName, schemaEnv } = it;
      if (schemaEnv.$async) {
        gen.throw((0, codegen_1._)`new ${it.ValidationError}(${errs})`);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, errs);
        gen.return(false);
      }
    }
    var E = {
      keyword: new codegen_1.Name("keyword"),
      schemaPath: new codegen_1.Name("schemaPath"),
      // also used in JTD errors
      params: new codegen_1.Name("params"),
      propertyName: new codegen_1.Name("propertyName"),
      message: new codegen_1.Name("message"),
      schema: new codegen_1.Name("schema"),
      parentSchema: new codegen_1.Name("parentSchema")
    };
    function errorObjectCode(cxt, error, errorPaths) {
      const { createErrors } = cxt.it;
      if (createErrors === false)
        return (0, codegen_1._)`{}`;
      return errorObject(cxt, error, errorPaths);
    }
    function errorObject(cxt, error, errorPaths = {}) {
      const { gen, it } = cxt;
      const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths)
      ];
      extraErrorProps(cxt, error, keyValues);
      return gen.object(...keyValues);
    }
    function errorInstancePath({ errorPath }, { instancePath }) {
      const instPath = instancePath ? (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}` : errorPath;
      return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
    }
    function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
      let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str)`${errSchemaPath}/${keyword}`;
      if (schemaPath) {
        schPath = (0, codegen_1.str)`${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
      }
      return [E.schemaPath, schPath];
    }
    function extraErrorProps(cxt, { params, message }, keyValues) {
      const { keyword, data, schemaValue, it } = cxt;
      const { opts, propertyName, topSchemaRef, schemaPath } = it;
      keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._)`{}`]);
      if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
      }
      if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._)`${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
      }
      if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
    }
  }
});

// node_modules/ajv/dist/compile/validate/boolSchema.js
var require_boolSchema = __commonJS({
  "node_modules/ajv/dist/compile/validate/boolSchema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var boolError = {
      message: "boolean schema is false"
    };
    function topBoolOrEmptySchema(it) {
      const { gen, schema, validateName } = it;
      if (schema === false) {
        falseSchemaError(it, false);
      } else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, null);
        gen.return(true);
      }
    }
    exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
    function boolOrEmptySchema(it, valid) {
      const { gen, schema } = it;
      if (schema === false) {
        gen.var(valid, false);
        falseSchemaError(it);
      } else {
        gen.var(valid, true);
      }
    }
    exports.boolOrEmptySchema = boolOrEmptySchema;
    function falseSchemaError(it, overrideAllErrors) {
      const { gen, data } = it;
      const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it
      };
      (0, errors_1.reportError)(cxt, boolError, void 0, overrideAllErrors);
    }
  }
});

// node_modules/ajv/dist/compile/rules.js
var require_rules = __commonJS({
  "node_modules/ajv/dist/compile/rules.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getRules = exports.isJSONType = void 0;
    var _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
    var jsonTypes = new Set(_jsonTypes);
    function isJSONType(x) {
      return typeof x == "string" && jsonTypes.has(x);
    }
    exports.isJSONType = isJSONType;
    function getRules() {
      const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] }
      };
      return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {}
      };
    }
    exports.getRules = getRules;
  }
});

// node_modules/ajv/dist/compile/validate/applicability.js
var require_applicability = __commonJS({
  "node_modules/ajv/dist/compile/validate/applicability.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
    function schemaHasRulesForType({ schema, self }, type) {
      const group = self.RULES.types[type];
      return group && group !== true && shouldUseGroup(schema, group);
    }
    exports.schemaHasRulesForType = schemaHasRulesForType;
    function shouldUseGroup(schema, group) {
      return group.rules.some((rule) => shouldUseRule(schema, rule));
    }
    exports.shouldUseGroup = shouldUseGroup;
    function shouldUseRule(schema, rule) {
      var _a2;
      return schema[rule.keyword] !== void 0 || ((_a2 = rule.definition.implements) === null || _a2 === void 0 ? void 0 : _a2.some((kwd) => schema[kwd] !== void 0));
    }
    exports.shouldUseRule = shouldUseRule;
  }
});

// node_modules/ajv/dist/compile/validate/dataType.js
var require_dataType = __commonJS({
  "node_modules/ajv/dist/compile/validate/dataType.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
    var rules_1 = require_rules();
    var applicability_1 = require_applicability();
    var errors_1 = require_errors();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var DataType;
    (function(DataType2) {
      DataType2[DataType2["Correct"] = 0] = "Correct";
      DataType2[DataType2["Wrong"] = 1] = "Wrong";
    })(DataType || (exports.DataType = DataType = {}));
    function getSchemaTypes(schema) {
      const types2 = getJSONTypes(schema.type);
      const hasNull = types2.includes("null");
      if (hasNull) {
        if (schema.nullable === false)
          throw new Error("type: null contradicts nullable: false");
      } else {
        if (!types2.length && schema.nullable !== void 0) {
          throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
          types2.push("null");
      }
      return types2;
    }
    exports.getSchemaTypes = getSchemaTypes;
    function getJSONTypes(ts) {
      const types2 = Array.isArray(ts) ? ts : ts ? [ts] : [];
      if (types2.every(rules_1.isJSONType))
        return types2;
      throw new Error("type must be JSONType or JSONType[]: " + types2.join(","));
    }
    exports.getJSONTypes = getJSONTypes;
    function coerceAndCheckDataType(it, types2) {
      const { gen, data, opts } = it;
      const coerceTo = coerceToTypes(types2, opts.coerceTypes);
      const checkTypes = types2.length > 0 && !(coerceTo.length === 0 && types2.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types2[0]));
      if (checkTypes) {
        const wrongType = checkDataTypes(types2, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
          if (coerceTo.length)
            coerceData(it, types2, coerceTo);
          else
            reportTypeError(it);
        });
      }
      return checkTypes;
    }
    exports.coerceAndCheckDataType = coerceAndCheckDataType;
    var COERCIBLE = /* @__PURE__ */ new Set(["string", "number", "integer", "boolean", "null"]);
    function coerceToTypes(types2, coerceTypes) {
      return coerceTypes ? types2.filter((t) => COERCIBLE.has(t) || coerceTypes === "array" && t === "array") : [];
    }
    function coerceData(it, types2, coerceTo) {
      const { gen, data, opts } = it;
      const dataType = gen.let("dataType", (0, codegen_1._)`typeof ${data}`);
      const coerced = gen.let("coerced", (0, codegen_1._)`undefined`);
      if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._)`${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen.assign(data, (0, codegen_1._)`${data}[0]`).assign(dataType, (0, codegen_1._)`typeof ${data}`).if(checkDataTypes(types2, data, opts.strictNumbers), () => gen.assign(coerced, data)));
      }
      gen.if((0, codegen_1._)`${coerced} !== undefined`);
      for (const t of coerceTo) {
        if (COERCIBLE.has(t) || t === "array" && opts.coerceTypes === "array") {
          coerceSpecificType(t);
        }
      }
      gen.else();
      reportTypeError(it);
      gen.endIf();
      gen.if((0, codegen_1._)`${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
      });
      function coerceSpecificType(t) {
        switch (t) {
          case "string":
            gen.elseIf((0, codegen_1._)`${dataType} == "number" || ${dataType} == "boolean"`).assign(coerced, (0, codegen_1._)`"" + ${data}`).elseIf((0, codegen_1._)`${data} === null`).assign(coerced, (0, codegen_1._)`""`);
            return;
          case "number":
            gen.elseIf((0, codegen_1._)`${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "integer":
            gen.elseIf((0, codegen_1._)`${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`).assign(coerced, (0, codegen_1._)`+${data}`);
            return;
          case "boolean":
            gen.elseIf((0, codegen_1._)`${data} === "false" || ${data} === 0 || ${data} === null`).assign(coerced, false).elseIf((0, codegen_1._)`${data} === "true" || ${data} === 1`).assign(coerced, true);
            return;
          case "null":
            gen.elseIf((0, codegen_1._)`${data} === "" || ${data} === 0 || ${data} === false`);
            gen.assign(coerced, null);
            return;
          case "array":
            gen.elseIf((0, codegen_1._)`${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`).assign(coerced, (0, codegen_1._)`[${data}]`);
        }
      }
    }
    function assignParentData({ gen, parentData, parentDataProperty }, expr) {
      gen.if((0, codegen_1._)`${parentData} !== undefined`, () => gen.assign((0, codegen_1._)`${parentData}[${parentDataProperty}]`, expr));
    }
    function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
      const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
      let cond;
      switch (dataType) {
        case "null":
          return (0, codegen_1._)`${data} ${EQ} null`;
        case "array":
          cond = (0, codegen_1._)`Array.isArray(${data})`;
          break;
        case "object":
          cond = (0, codegen_1._)`${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
          break;
        case "integer":
          cond = numCond((0, codegen_1._)`!(${data} % 1) && !isNaN(${data})`);
          break;
        case "number":
          cond = numCond();
          break;
        default:
          return (0, codegen_1._)`typeof ${data} ${EQ} ${dataType}`;
      }
      return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
      function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._)`typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._)`isFinite(${data})` : codegen_1.nil);
      }
    }
    exports.checkDataType = checkDataType;
    function checkDataTypes(dataTypes, data, strictNums, correct) {
      if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
      }
      let cond;
      const types2 = (0, util_1.toHash)(dataTypes);
      if (types2.array && types2.object) {
        const notObj = (0, codegen_1._)`typeof ${data} != "object"`;
        cond = types2.null ? notObj : (0, codegen_1._)`!${data} || ${notObj}`;
        delete types2.null;
        delete types2.array;
        delete types2.object;
      } else {
        cond = codegen_1.nil;
      }
      if (types2.number)
        delete types2.integer;
      for (const t in types2)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
      return cond;
    }
    exports.checkDataTypes = checkDataTypes;
    var typeError = {
      message: ({ schema }) => `must be ${schema}`,
      params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._)`{type: ${schema}}` : (0, codegen_1._)`{type: ${schemaValue}}`
    };
    function reportTypeError(it) {
      const cxt = getTypeErrorContext(it);
      (0, errors_1.reportError)(cxt, typeError);
    }
    exports.reportTypeError = reportTypeError;
    function getTypeErrorContext(it) {
      const { gen, data, schema } = it;
      const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
      return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it
      };
    }
  }
});

// node_modules/ajv/dist/compile/validate/defaults.js
var require_defaults = __commonJS({
  "node_modules/ajv/dist/compile/validate/defaults.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.assignDefaults = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function assignDefaults(it, ty) {
      const { properties, items } = it.schema;
      if (ty === "object" && properties) {
        for (const key in properties) {
          assignDefault(it, key, properties[key].default);
        }
      } else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
      }
    }
    exports.assignDefaults = assignDefaults;
    function assignDefault(it, prop, defaultValue) {
      const { gen, compositeRule, data, opts } = it;
      if (defaultValue === void 0)
        return;
      const childData = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(prop)}`;
      if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
      }
      let condition = (0, codegen_1._)`${childData} === undefined`;
      if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._)`${condition} || ${childData} === null || ${childData} === ""`;
      }
      gen.if(condition, (0, codegen_1._)`${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
    }
  }
});

// node_modules/ajv/dist/vocabularies/code.js
var require_code2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/code.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var names_1 = require_names();
    var util_2 = require_util();
    function checkReportMissingProp(cxt, prop) {
      const { gen, data, it } = cxt;
      gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._)`${prop}` }, true);
        cxt.error();
      });
    }
    exports.checkReportMissingProp = checkReportMissingProp;
    function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
      return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._)`${missing} = ${prop}`)));
    }
    exports.checkMissingProp = checkMissingProp;
    function reportMissingProp(cxt, missing) {
      cxt.setParams({ missingProperty: missing }, true);
      cxt.error();
    }
    exports.reportMissingProp = reportMissingProp;
    function hasPropFunc(gen) {
      return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._)`Object.prototype.hasOwnProperty`
      });
    }
    exports.hasPropFunc = hasPropFunc;
    function isOwnProperty(gen, data, property) {
      return (0, codegen_1._)`${hasPropFunc(gen)}.call(${data}, ${property})`;
    }
    exports.isOwnProperty = isOwnProperty;
    function propertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
      return ownProperties ? (0, codegen_1._)`${cond} && ${isOwnProperty(gen, data, property)}` : cond;
    }
    exports.propertyInData = propertyInData;
    function noPropertyInData(gen, data, property, ownProperties) {
      const cond = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(property)} === undefined`;
      return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
    }
    exports.noPropertyInData = noPropertyInData;
    function allSchemaProperties(schemaMap) {
      return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
    }
    exports.allSchemaProperties = allSchemaProperties;
    function schemaProperties(it, schemaMap) {
      return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
    }
    exports.schemaProperties = schemaProperties;
    function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
      const dataAndSchema = passSchema ? (0, codegen_1._)`${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
      const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData]
      ];
      if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
      const args = (0, codegen_1._)`${dataAndSchema}, ${gen.object(...valCxt)}`;
      return context !== codegen_1.nil ? (0, codegen_1._)`${func}.call(${context}, ${args})` : (0, codegen_1._)`${func}(${args})`;
    }
    exports.callValidateCode = callValidateCode;
    var newRegExp = (0, codegen_1._)`new RegExp`;
    function usePattern({ gen, it: { opts } }, pattern) {
      const u = opts.unicodeRegExp ? "u" : "";
      const { regExp } = opts.code;
      const rx = regExp(pattern, u);
      return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._)`${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`
      });
    }
    exports.usePattern = usePattern;
    function validateArray(cxt) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
      }
      gen.var(valid, true);
      validateItems(() => gen.break());
      return valid;
      function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        gen.forRange("i", 0, len, (i) => {
          cxt.subschema({
            keyword,
            dataProp: i,
            dataPropType: util_1.Type.Num
          }, valid);
          gen.if((0, codegen_1.not)(valid), notValid);
        });
      }
    }
    exports.validateArray = validateArray;
    function validateUnion(cxt) {
      const { gen, schema, keyword, it } = cxt;
      if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
      const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
      if (alwaysValid && !it.opts.unevaluated)
        return;
      const valid = gen.let("valid", false);
      const schValid = gen.name("_valid");
      gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
          keyword,
          schemaProp: i,
          compositeRule: true
        }, schValid);
        gen.assign(valid, (0, codegen_1._)`${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        if (!merged)
          gen.if((0, codegen_1.not)(valid));
      }));
      cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
    }
    exports.validateUnion = validateUnion;
  }
});

// node_modules/ajv/dist/compile/validate/keyword.js
var require_keyword = __commonJS({
  "node_modules/ajv/dist/compile/validate/keyword.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var code_1 = require_code2();
    var errors_1 = require_errors();
    function macroKeywordCode(cxt, def) {
      const { gen, keyword, schema, parentSchema, it } = cxt;
      const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
      const schemaRef = useKeyword(gen, keyword, macroSchema);
      if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
      const valid = gen.name("valid");
      cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true
      }, valid);
      cxt.pass(valid, () => cxt.error(true));
    }
    exports.macroKeywordCode = macroKeywordCode;
    function funcKeywordCode(cxt, def) {
      var _a2;
      const { gen, keyword, schema, parentSchema, $data, it } = cxt;
      checkAsyncKeyword(it, def);
      const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
      const validateRef = useKeyword(gen, keyword, validate);
      const valid = gen.let("valid");
      cxt.block$data(valid, validateKeyword);
      cxt.ok((_a2 = def.valid) !== null && _a2 !== void 0 ? _a2 : valid);
      function validateKeyword() {
        if (def.errors === false) {
          assignValid();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => cxt.error());
        } else {
          const ruleErrs = def.async ? validateAsync() : validateSync();
          if (def.modifying)
            modifyData(cxt);
          reportErrs(() => addErrs(cxt, ruleErrs));
        }
      }
      function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._)`await `), (e) => gen.assign(valid, false).if((0, codegen_1._)`${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._)`${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
      }
      function validateSync() {
        const validateErrs = (0, codegen_1._)`${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
      }
      function assignValid(_await = def.async ? (0, codegen_1._)`await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !("compile" in def && !$data || def.schema === false);
        gen.assign(valid, (0, codegen_1._)`${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
      }
      function reportErrs(errors) {
        var _a3;
        gen.if((0, codegen_1.not)((_a3 = def.valid) !== null && _a3 !== void 0 ? _a3 : valid), errors);
      }
    }
    exports.funcKeywordCode = funcKeywordCode;
    function modifyData(cxt) {
      const { gen, data, it } = cxt;
      gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._)`${it.parentData}[${it.parentDataProperty}]`));
    }
    function addErrs(cxt, errs) {
      const { gen } = cxt;
      gen.if((0, codegen_1._)`Array.isArray(${errs})`, () => {
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`).assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
      }, () => cxt.error());
    }
    function checkAsyncKeyword({ schemaEnv }, def) {
      if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
    }
    function useKeyword(gen, keyword, result) {
      if (result === void 0)
        throw new Error(`keyword "${keyword}" failed to compile`);
      return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
    }
    function validSchemaType(schema, schemaType, allowUndefined = false) {
      return !schemaType.length || schemaType.some((st) => st === "array" ? Array.isArray(schema) : st === "object" ? schema && typeof schema == "object" && !Array.isArray(schema) : typeof schema == st || allowUndefined && typeof schema == "undefined");
    }
    exports.validSchemaType = validSchemaType;
    function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
      if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
      }
      const deps = def.dependencies;
      if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
      }
      if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
          const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` + self.errorsText(def.validateSchema.errors);
          if (opts.validateSchema === "log")
            self.logger.error(msg);
          else
            throw new Error(msg);
        }
      }
    }
    exports.validateKeywordUsage = validateKeywordUsage;
  }
});

// node_modules/ajv/dist/compile/validate/subschema.js
var require_subschema = __commonJS({
  "node_modules/ajv/dist/compile/validate/subschema.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
      if (keyword !== void 0 && schema !== void 0) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
      }
      if (keyword !== void 0) {
        const sch = it.schema[keyword];
        return schemaProp === void 0 ? {
          schema: sch,
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}`
        } : {
          schema: sch[schemaProp],
          schemaPath: (0, codegen_1._)`${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
          errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`
        };
      }
      if (schema !== void 0) {
        if (schemaPath === void 0 || errSchemaPath === void 0 || topSchemaRef === void 0) {
          throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
          schema,
          schemaPath,
          topSchemaRef,
          errSchemaPath
        };
      }
      throw new Error('either "keyword" or "schema" must be passed');
    }
    exports.getSubschema = getSubschema;
    function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
      if (data !== void 0 && dataProp !== void 0) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
      }
      const { gen } = it;
      if (dataProp !== void 0) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._)`${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str)`${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._)`${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
      }
      if (data !== void 0) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true);
        dataContextProps(nextData);
        if (propertyName !== void 0)
          subschema.propertyName = propertyName;
      }
      if (dataTypes)
        subschema.dataTypes = dataTypes;
      function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = /* @__PURE__ */ new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
      }
    }
    exports.extendSubschemaData = extendSubschemaData;
    function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
      if (compositeRule !== void 0)
        subschema.compositeRule = compositeRule;
      if (createErrors !== void 0)
        subschema.createErrors = createErrors;
      if (allErrors !== void 0)
        subschema.allErrors = allErrors;
      subschema.jtdDiscriminator = jtdDiscriminator;
      subschema.jtdMetadata = jtdMetadata;
    }
    exports.extendSubschemaMode = extendSubschemaMode;
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/json-schema-traverse/index.js
var require_json_schema_traverse = __commonJS({
  "node_modules/json-schema-traverse/index.js"(exports, module) {
    "use strict";
    var traverse = module.exports = function(schema, opts, cb) {
      if (typeof opts == "function") {
        cb = opts;
        opts = {};
      }
      cb = opts.cb || cb;
      var pre = typeof cb == "function" ? cb : cb.pre || function() {
      };
      var post = cb.post || function() {
      };
      _traverse(opts, pre, post, schema, "", schema);
    };
    traverse.keywords = {
      additionalItems: true,
      items: true,
      contains: true,
      additionalProperties: true,
      propertyNames: true,
      not: true,
      if: true,
      then: true,
      else: true
    };
    traverse.arrayKeywords = {
      items: true,
      allOf: true,
      anyOf: true,
      oneOf: true
    };
    traverse.propsKeywords = {
      $defs: true,
      definitions: true,
      properties: true,
      patternProperties: true,
      dependencies: true
    };
    traverse.skipKeywords = {
      default: true,
      enum: true,
      const: true,
      required: true,
      maximum: true,
      minimum: true,
      exclusiveMaximum: true,
      exclusiveMinimum: true,
      multipleOf: true,
      maxLength: true,
      minLength: true,
      pattern: true,
      format: true,
      maxItems: true,
      minItems: true,
      uniqueItems: true,
      maxProperties: true,
      minProperties: true
    };
    function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
      if (schema && typeof schema == "object" && !Array.isArray(schema)) {
        pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
        for (var key in schema) {
          var sch = schema[key];
          if (Array.isArray(sch)) {
            if (key in traverse.arrayKeywords) {
              for (var i = 0; i < sch.length; i++)
                _traverse(opts, pre, post, sch[i], jsonPtr + "/" + key + "/" + i, rootSchema, jsonPtr, key, schema, i);
            }
          } else if (key in traverse.propsKeywords) {
            if (sch && typeof sch == "object") {
              for (var prop in sch)
                _traverse(opts, pre, post, sch[prop], jsonPtr + "/" + key + "/" + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
            }
          } else if (key in traverse.keywords || opts.allKeys && !(key in traverse.skipKeywords)) {
            _traverse(opts, pre, post, sch, jsonPtr + "/" + key, rootSchema, jsonPtr, key, schema);
          }
        }
        post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
      }
    }
    function escapeJsonPtr(str) {
      return str.replace(/~/g, "~0").replace(/\//g, "~1");
    }
  }
});

// node_modules/ajv/dist/compile/resolve.js
var require_resolve = __commonJS({
  "node_modules/ajv/dist/compile/resolve.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
    var util_1 = require_util();
    var equal = require_fast_deep_equal();
    var traverse = require_json_schema_traverse();
    var SIMPLE_INLINED = /* @__PURE__ */ new Set([
      "type",
      "format",
      "pattern",
      "maxLength",
      "minLength",
      "maxProperties",
      "minProperties",
      "maxItems",
      "minItems",
      "maximum",
      "minimum",
      "uniqueItems",
      "multipleOf",
      "required",
      "enum",
      "const"
    ]);
    function inlineRef(schema, limit = true) {
      if (typeof schema == "boolean")
        return true;
      if (limit === true)
        return !hasRef(schema);
      if (!limit)
        return false;
      return countKeys(schema) <= limit;
    }
    exports.inlineRef = inlineRef;
    var REF_KEYWORDS = /* @__PURE__ */ new Set([
      "$ref",
      "$recursiveRef",
      "$recursiveAnchor",
      "$dynamicRef",
      "$dynamicAnchor"
    ]);
    function hasRef(schema) {
      for (const key in schema) {
        if (REF_KEYWORDS.has(key))
          return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
          return true;
        if (typeof sch == "object" && hasRef(sch))
          return true;
      }
      return false;
    }
    function countKeys(schema) {
      let count3 = 0;
      for (const key in schema) {
        if (key === "$ref")
          return Infinity;
        count3++;
        if (SIMPLE_INLINED.has(key))
          continue;
        if (typeof schema[key] == "object") {
          (0, util_1.eachItem)(schema[key], (sch) => count3 += countKeys(sch));
        }
        if (count3 === Infinity)
          return Infinity;
      }
      return count3;
    }
    function getFullPath(resolver, id = "", normalize) {
      if (normalize !== false)
        id = normalizeId(id);
      const p = resolver.parse(id);
      return _getFullPath(resolver, p);
    }
    exports.getFullPath = getFullPath;
    function _getFullPath(resolver, p) {
      const serialized = resolver.serialize(p);
      return serialized.split("#")[0] + "#";
    }
    exports._getFullPath = _getFullPath;
    var TRAILING_SLASH_HASH = /#\/?$/;
    function normalizeId(id) {
      return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
    }
    exports.normalizeId = normalizeId;
    function resolveUrl(resolver, baseId, id) {
      id = normalizeId(id);
      return resolver.resolve(baseId, id);
    }
    exports.resolveUrl = resolveUrl;
    var ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
    function getSchemaRefs(schema, baseId) {
      if (typeof schema == "boolean")
        return {};
      const { schemaId, uriResolver } = this.opts;
      const schId = normalizeId(schema[schemaId] || baseId);
      const baseIds = { "": schId };
      const pathPrefix = getFullPath(uriResolver, schId, false);
      const localRefs = {};
      const schemaRefs = /* @__PURE__ */ new Set();
      traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === void 0)
          return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
          innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
          const _resolve = this.opts.uriResolver.resolve;
          ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
          if (schemaRefs.has(ref))
            throw ambiguos(ref);
          schemaRefs.add(ref);
          let schOrRef = this.refs[ref];
          if (typeof schOrRef == "string")
            schOrRef = this.refs[schOrRef];
          if (typeof schOrRef == "object") {
            checkAmbiguosRef(sch, schOrRef.schema, ref);
          } else if (ref !== normalizeId(fullPath)) {
            if (ref[0] === "#") {
              checkAmbiguosRef(sch, localRefs[ref], ref);
              localRefs[ref] = sch;
            } else {
              this.refs[ref] = fullPath;
            }
          }
          return ref;
        }
        function addAnchor(anchor) {
          if (typeof anchor == "string") {
            if (!ANCHOR.test(anchor))
              throw new Error(`invalid anchor "${anchor}"`);
            addRef.call(this, `#${anchor}`);
          }
        }
      });
      return localRefs;
      function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== void 0 && !equal(sch1, sch2))
          throw ambiguos(ref);
      }
      function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
      }
    }
    exports.getSchemaRefs = getSchemaRefs;
  }
});

// node_modules/ajv/dist/compile/validate/index.js
var require_validate = __commonJS({
  "node_modules/ajv/dist/compile/validate/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
    var boolSchema_1 = require_boolSchema();
    var dataType_1 = require_dataType();
    var applicability_1 = require_applicability();
    var dataType_2 = require_dataType();
    var defaults_1 = require_defaults();
    var keyword_1 = require_keyword();
    var subschema_1 = require_subschema();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var errors_1 = require_errors();
    function validateFunctionCode(it) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          topSchemaObjCode(it);
          return;
        }
      }
      validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
    }
    exports.validateFunctionCode = validateFunctionCode;
    function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
      if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
          gen.code((0, codegen_1._)`"use strict"; ${funcSourceUrl(schema, opts)}`);
          destructureValCxtES5(gen, opts);
          gen.code(body);
        });
      } else {
        gen.func(validateName, (0, codegen_1._)`${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
      }
    }
    function destructureValCxt(opts) {
      return (0, codegen_1._)`{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._)`, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
    }
    function destructureValCxtES5(gen, opts) {
      gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
      }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._)`""`);
        gen.var(names_1.default.parentData, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._)`undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
          gen.var(names_1.default.dynamicAnchors, (0, codegen_1._)`{}`);
      });
    }
    function topSchemaObjCode(it) {
      const { schema, opts, gen } = it;
      validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
          commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
          resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
      });
      return;
    }
    function resetEvaluated(it) {
      const { gen, validateName } = it;
      it.evaluated = gen.const("evaluated", (0, codegen_1._)`${validateName}.evaluated`);
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._)`${it.evaluated}.props`, (0, codegen_1._)`undefined`));
      gen.if((0, codegen_1._)`${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._)`${it.evaluated}.items`, (0, codegen_1._)`undefined`));
    }
    function funcSourceUrl(schema, opts) {
      const schId = typeof schema == "object" && schema[opts.schemaId];
      return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._)`/*# sourceURL=${schId} */` : codegen_1.nil;
    }
    function subschemaCode(it, valid) {
      if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
          subSchemaObjCode(it, valid);
          return;
        }
      }
      (0, boolSchema_1.boolOrEmptySchema)(it, valid);
    }
    function schemaCxtHasRules({ schema, self }) {
      if (typeof schema == "boolean")
        return !schema;
      for (const key in schema)
        if (self.RULES.all[key])
          return true;
      return false;
    }
    function isSchemaObj(it) {
      return typeof it.schema != "boolean";
    }
    function subSchemaObjCode(it, valid) {
      const { schema, gen, opts } = it;
      if (opts.$comment && schema.$comment)
        commentKeyword(it);
      updateContext(it);
      checkAsyncSchema(it);
      const errsCount = gen.const("_errs", names_1.default.errors);
      typeAndKeywords(it, errsCount);
      gen.var(valid, (0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
    }
    function checkKeywords(it) {
      (0, util_1.checkUnknownRules)(it);
      checkRefsAndKeywords(it);
    }
    function typeAndKeywords(it, errsCount) {
      if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
      const types2 = (0, dataType_1.getSchemaTypes)(it.schema);
      const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types2);
      schemaKeywords(it, types2, !checkedTypes, errsCount);
    }
    function checkRefsAndKeywords(it) {
      const { schema, errSchemaPath, opts, self } = it;
      if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
      }
    }
    function checkNoDefault(it) {
      const { schema, opts } = it;
      if (schema.default !== void 0 && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
      }
    }
    function updateContext(it) {
      const schId = it.schema[it.opts.schemaId];
      if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
    }
    function checkAsyncSchema(it) {
      if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
    }
    function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
      const msg = schema.$comment;
      if (opts.$comment === true) {
        gen.code((0, codegen_1._)`${names_1.default.self}.logger.log(${msg})`);
      } else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str)`${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._)`${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
      }
    }
    function returnResults(it) {
      const { gen, schemaEnv, validateName, ValidationError, opts } = it;
      if (schemaEnv.$async) {
        gen.if((0, codegen_1._)`${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._)`new ${ValidationError}(${names_1.default.vErrors})`));
      } else {
        gen.assign((0, codegen_1._)`${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
          assignEvaluated(it);
        gen.return((0, codegen_1._)`${names_1.default.errors} === 0`);
      }
    }
    function assignEvaluated({ gen, evaluated, props, items }) {
      if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.props`, props);
      if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._)`${evaluated}.items`, items);
    }
    function schemaKeywords(it, types2, typeErrors, errsCount) {
      const { gen, schema, data, allErrors, opts, self } = it;
      const { RULES } = self;
      if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition));
        return;
      }
      if (!opts.jtd)
        checkStrictTypes(it, types2);
      gen.block(() => {
        for (const group of RULES.rules)
          groupKeywords(group);
        groupKeywords(RULES.post);
      });
      function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
          return;
        if (group.type) {
          gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
          iterateKeywords(it, group);
          if (types2.length === 1 && types2[0] === group.type && typeErrors) {
            gen.else();
            (0, dataType_2.reportTypeError)(it);
          }
          gen.endIf();
        } else {
          iterateKeywords(it, group);
        }
        if (!allErrors)
          gen.if((0, codegen_1._)`${names_1.default.errors} === ${errsCount || 0}`);
      }
    }
    function iterateKeywords(it, group) {
      const { gen, schema, opts: { useDefaults } } = it;
      if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
      gen.block(() => {
        for (const rule of group.rules) {
          if ((0, applicability_1.shouldUseRule)(schema, rule)) {
            keywordCode(it, rule.keyword, rule.definition, group.type);
          }
        }
      });
    }
    function checkStrictTypes(it, types2) {
      if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
      checkContextTypes(it, types2);
      if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types2);
      checkKeywordTypes(it, it.dataTypes);
    }
    function checkContextTypes(it, types2) {
      if (!types2.length)
        return;
      if (!it.dataTypes.length) {
        it.dataTypes = types2;
        return;
      }
      types2.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
          strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
      });
      narrowSchemaTypes(it, types2);
    }
    function checkMultipleTypes(it, ts) {
      if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
      }
    }
    function checkKeywordTypes(it, ts) {
      const rules = it.self.RULES.all;
      for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
          const { type } = rule.definition;
          if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
            strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
          }
        }
      }
    }
    function hasApplicableType(schTs, kwdT) {
      return schTs.includes(kwdT) || kwdT === "number" && schTs.includes("integer");
    }
    function includesType(ts, t) {
      return ts.includes(t) || t === "integer" && ts.includes("number");
    }
    function narrowSchemaTypes(it, withTypes) {
      const ts = [];
      for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
          ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
          ts.push("integer");
      }
      it.dataTypes = ts;
    }
    function strictTypesError(it, msg) {
      const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
      msg += ` at "${schemaPath}" (strictTypes)`;
      (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
    }
    var KeywordCxt = class {
      constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
          this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        } else {
          this.schemaCode = this.schemaValue;
          if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
            throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
          }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
          this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
      }
      result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
      }
      failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
          failAction();
        else
          this.error();
        if (successAction) {
          this.gen.else();
          successAction();
          if (this.allErrors)
            this.gen.endIf();
        } else {
          if (this.allErrors)
            this.gen.endIf();
          else
            this.gen.else();
        }
      }
      pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), void 0, failAction);
      }
      fail(condition) {
        if (condition === void 0) {
          this.error();
          if (!this.allErrors)
            this.gen.if(false);
          return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
          this.gen.endIf();
        else
          this.gen.else();
      }
      fail$data(condition) {
        if (!this.$data)
          return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._)`${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
      }
      error(append, errorParams, errorPaths) {
        if (errorParams) {
          this.setParams(errorParams);
          this._error(append, errorPaths);
          this.setParams({});
          return;
        }
        this._error(append, errorPaths);
      }
      _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
      }
      $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
      }
      reset() {
        if (this.errsCount === void 0)
          throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
      }
      ok(cond) {
        if (!this.allErrors)
          this.gen.if(cond);
      }
      setParams(obj, assign) {
        if (assign)
          Object.assign(this.params, obj);
        else
          this.params = obj;
      }
      block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
          this.check$data(valid, $dataValid);
          codeBlock();
        });
      }
      check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
          return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._)`${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
          gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
          gen.elseIf(this.invalid$data());
          this.$dataError();
          if (valid !== codegen_1.nil)
            gen.assign(valid, false);
        }
        gen.else();
      }
      invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
          if (schemaType.length) {
            if (!(schemaCode instanceof codegen_1.Name))
              throw new Error("ajv implementation error");
            const st = Array.isArray(schemaType) ? schemaType : [schemaType];
            return (0, codegen_1._)`${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
          }
          return codegen_1.nil;
        }
        function invalid$DataSchema() {
          if (def.validateSchema) {
            const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema });
            return (0, codegen_1._)`!${validateSchemaRef}(${schemaCode})`;
          }
          return codegen_1.nil;
        }
      }
      subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: void 0, props: void 0 };
        subschemaCode(nextContext, valid);
        return nextContext;
      }
      mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
          return;
        if (it.props !== true && schemaCxt.props !== void 0) {
          it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== void 0) {
          it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
      }
      mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
          gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
          return true;
        }
      }
    };
    exports.KeywordCxt = KeywordCxt;
    function keywordCode(it, keyword, def, ruleType) {
      const cxt = new KeywordCxt(it, def, keyword);
      if ("code" in def) {
        def.code(cxt, ruleType);
      } else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      } else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
      } else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
      }
    }
    var JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
    var RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
    function getData($data, { dataLevel, dataNames, dataPathArr }) {
      let jsonPointer;
      let data;
      if ($data === "")
        return names_1.default.rootData;
      if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
      } else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
          throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
          if (up >= dataLevel)
            throw new Error(errorMsg("property/index", up));
          return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
          throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
          return data;
      }
      let expr = data;
      const segments = jsonPointer.split("/");
      for (const segment of segments) {
        if (segment) {
          data = (0, codegen_1._)`${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
          expr = (0, codegen_1._)`${expr} && ${data}`;
        }
      }
      return expr;
      function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
      }
    }
    exports.getData = getData;
  }
});

// node_modules/ajv/dist/runtime/validation_error.js
var require_validation_error = __commonJS({
  "node_modules/ajv/dist/runtime/validation_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var ValidationError = class extends Error {
      constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
      }
    };
    exports.default = ValidationError;
  }
});

// node_modules/ajv/dist/compile/ref_error.js
var require_ref_error = __commonJS({
  "node_modules/ajv/dist/compile/ref_error.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var resolve_1 = require_resolve();
    var MissingRefError = class extends Error {
      constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
      }
    };
    exports.default = MissingRefError;
  }
});

// node_modules/ajv/dist/compile/index.js
var require_compile = __commonJS({
  "node_modules/ajv/dist/compile/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
    var codegen_1 = require_codegen();
    var validation_error_1 = require_validation_error();
    var names_1 = require_names();
    var resolve_1 = require_resolve();
    var util_1 = require_util();
    var validate_1 = require_validate();
    var SchemaEnv = class {
      constructor(env) {
        var _a2;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
          schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a2 = env.baseId) !== null && _a2 !== void 0 ? _a2 : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
      }
    };
    exports.SchemaEnv = SchemaEnv;
    function compileSchema(sch) {
      const _sch = getCompilingSchema.call(this, sch);
      if (_sch)
        return _sch;
      const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId);
      const { es5, lines } = this.opts.code;
      const { ownProperties } = this.opts;
      const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
      let _ValidationError;
      if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
          ref: validation_error_1.default,
          code: (0, codegen_1._)`require("ajv/dist/runtime/validation_error").default`
        });
      }
      const validateName = gen.scopeName("validate");
      sch.validateName = validateName;
      const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil],
        // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: /* @__PURE__ */ new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) } : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._)`""`,
        opts: this.opts,
        self: this
      };
      let sourceCode;
      try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        if (this.opts.code.process)
          sourceCode = this.opts.code.process(sourceCode, sch);
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
          validate.$async = true;
        if (this.opts.code.source === true) {
          validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
          const { props, items } = schemaCxt;
          validate.evaluated = {
            props: props instanceof codegen_1.Name ? void 0 : props,
            items: items instanceof codegen_1.Name ? void 0 : items,
            dynamicProps: props instanceof codegen_1.Name,
            dynamicItems: items instanceof codegen_1.Name
          };
          if (validate.source)
            validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
      } catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
          this.logger.error("Error compiling schema, function code:", sourceCode);
        throw e;
      } finally {
        this._compilations.delete(sch);
      }
    }
    exports.compileSchema = compileSchema;
    function resolveRef(root, baseId, ref) {
      var _a2;
      ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
      const schOrFunc = root.refs[ref];
      if (schOrFunc)
        return schOrFunc;
      let _sch = resolve.call(this, root, ref);
      if (_sch === void 0) {
        const schema = (_a2 = root.localRefs) === null || _a2 === void 0 ? void 0 : _a2[ref];
        const { schemaId } = this.opts;
        if (schema)
          _sch = new SchemaEnv({ schema, schemaId, root, baseId });
      }
      if (_sch === void 0)
        return;
      return root.refs[ref] = inlineOrCompile.call(this, _sch);
    }
    exports.resolveRef = resolveRef;
    function inlineOrCompile(sch) {
      if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
      return sch.validate ? sch : compileSchema.call(this, sch);
    }
    function getCompilingSchema(schEnv) {
      for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
          return sch;
      }
    }
    exports.getCompilingSchema = getCompilingSchema;
    function sameSchemaEnv(s1, s2) {
      return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
    }
    function resolve(root, ref) {
      let sch;
      while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
      return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
    }
    function resolveSchema(root, ref) {
      const p = this.opts.uriResolver.parse(ref);
      const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
      let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, void 0);
      if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
      }
      const id = (0, resolve_1.normalizeId)(refPath);
      const schOrRef = this.refs[id] || this.schemas[id];
      if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
          return;
        return getJsonPointer.call(this, p, sch);
      }
      if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
      if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
      if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
      }
      return getJsonPointer.call(this, p, schOrRef);
    }
    exports.resolveSchema = resolveSchema;
    var PREVENT_SCOPE_CHANGE = /* @__PURE__ */ new Set([
      "properties",
      "patternProperties",
      "enum",
      "dependencies",
      "definitions"
    ]);
    function getJsonPointer(parsedRef, { baseId, schema, root }) {
      var _a2;
      if (((_a2 = parsedRef.fragment) === null || _a2 === void 0 ? void 0 : _a2[0]) !== "/")
        return;
      for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
          return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === void 0)
          return;
        schema = partSchema;
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
          baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
      }
      let env;
      if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
      }
      const { schemaId } = this.opts;
      env = env || new SchemaEnv({ schema, schemaId, root, baseId });
      if (env.schema !== env.root.schema)
        return env;
      return void 0;
    }
  }
});

// node_modules/ajv/dist/refs/data.json
var require_data = __commonJS({
  "node_modules/ajv/dist/refs/data.json"(exports, module) {
    module.exports = {
      $id: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
      description: "Meta-schema for $data reference (JSON AnySchema extension proposal)",
      type: "object",
      required: ["$data"],
      properties: {
        $data: {
          type: "string",
          anyOf: [{ format: "relative-json-pointer" }, { format: "json-pointer" }]
        }
      },
      additionalProperties: false
    };
  }
});

// node_modules/fast-uri/lib/utils.js
var require_utils = __commonJS({
  "node_modules/fast-uri/lib/utils.js"(exports, module) {
    "use strict";
    var isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu);
    var isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u);
    var isPort = RegExp.prototype.test.bind(/^\d*$/u);
    var isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu);
    var isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu);
    var isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u);
    var isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u);
    var isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u);
    var BYTE_HEX = new Array(256);
    {
      const HEX_DIGITS = "0123456789ABCDEF";
      for (let i = 0; i < 256; i++) {
        BYTE_HEX[i] = "%" + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 15];
      }
    }
    function percentEncodeNonAscii(cp) {
      if (cp < 2048) {
        return BYTE_HEX[192 | cp >> 6] + BYTE_HEX[128 | cp & 63];
      }
      if (cp < 65536) {
        return BYTE_HEX[224 | cp >> 12] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
      }
      return BYTE_HEX[240 | cp >> 18] + BYTE_HEX[128 | cp >> 12 & 63] + BYTE_HEX[128 | cp >> 6 & 63] + BYTE_HEX[128 | cp & 63];
    }
    function stringArrayToHexStripped(input) {
      let acc = "";
      let code2 = 0;
      let i = 0;
      for (i = 0; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (code2 === 48) {
          continue;
        }
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
        break;
      }
      for (i += 1; i < input.length; i++) {
        code2 = input[i].charCodeAt(0);
        if (!(code2 >= 48 && code2 <= 57 || code2 >= 65 && code2 <= 70 || code2 >= 97 && code2 <= 102)) {
          return "";
        }
        acc += input[i];
      }
      return acc;
    }
    var isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/);
    var isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/);
    var isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/);
    var nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);
    function isZoneIdentifier(zone) {
      if (zone.length === 0) return false;
      for (let i = 0; i < zone.length; i++) {
        if (isZoneCharacter(zone[i])) continue;
        if (zone[i] === "%" && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
          i += 2;
          continue;
        }
        return false;
      }
      return true;
    }
    function compressIPv6ZeroRun(hextets) {
      let bestStart = -1;
      let bestLength = 0;
      let runStart = -1;
      let runLength = 0;
      for (let i = 0; i < hextets.length; i++) {
        if (hextets[i] === "0") {
          if (runStart === -1) runStart = i;
          runLength++;
          if (runLength > bestLength) {
            bestLength = runLength;
            bestStart = runStart;
          }
        } else {
          runStart = -1;
          runLength = 0;
        }
      }
      if (bestLength < 2) return hextets.join(":");
      const head = hextets.slice(0, bestStart).join(":");
      const tail = hextets.slice(bestStart + bestLength).join(":");
      return head + "::" + tail;
    }
    function normalizeIPv6Address(input) {
      const compression = input.indexOf("::");
      if (compression !== -1 && input.indexOf("::", compression + 1) !== -1) return void 0;
      const left = compression === -1 ? input.split(":") : input.slice(0, compression).split(":");
      const right = compression === -1 ? [] : input.slice(compression + 2).split(":");
      if (compression !== -1) {
        if (left.length === 1 && left[0] === "") left.length = 0;
        if (right.length === 1 && right[0] === "") right.length = 0;
      }
      const parts = left.concat(right);
      let hextetCount = 0;
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (part === "") return void 0;
        if (part.indexOf(".") !== -1) {
          if (i !== parts.length - 1 || compression !== -1 && right.length === 0 || !isIPv4(part)) return void 0;
          hextetCount += 2;
          continue;
        }
        if (!isHextet(part)) return void 0;
        parts[i] = parseInt(part, 16).toString(16);
        hextetCount++;
      }
      if (compression === -1) {
        if (hextetCount !== 8) return void 0;
        return compressIPv6ZeroRun(parts);
      }
      if (hextetCount >= 8) return void 0;
      const expanded = parts.slice(0, left.length);
      for (let i = hextetCount; i < 8; i++) expanded.push("0");
      for (let i = left.length; i < parts.length; i++) expanded.push(parts[i]);
      return compressIPv6ZeroRun(expanded);
    }
    function normalizeIPv6(host) {
      const bracketed = host[0] === "[" && host[host.length - 1] === "]";
      const hasBracket = host[0] === "[" || host[host.length - 1] === "]";
      if (hasBracket && !bracketed) return { host, isIPV6: false, error: true };
      let input = bracketed ? host.slice(1, -1) : host;
      if (bracketed && isIPvFuture(input)) {
        input = input.toLowerCase();
        return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true };
      }
      if (findToken(input, ":") < 2) {
        return { host, isIPV6: false, error: bracketed };
      }
      let zoneIdentifier = "";
      const zoneSeparator = input.indexOf("%");
      if (zoneSeparator !== -1) {
        const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === "%25" ? 3 : 1;
        zoneIdentifier = input.slice(zoneSeparator + separatorLength);
        if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true };
        input = input.slice(0, zoneSeparator);
      }
      const address = normalizeIPv6Address(input);
      if (address === void 0) return { host, isIPV6: false, error: true };
      return {
        host: address + (zoneIdentifier ? "%" + zoneIdentifier : ""),
        escapedHost: address + (zoneIdentifier ? "%25" + zoneIdentifier : ""),
        isIPV6: true
      };
    }
    function findToken(str, token) {
      let ind = 0;
      for (let i = 0; i < str.length; i++) {
        if (str[i] === token) ind++;
      }
      return ind;
    }
    function removeDotSegments(path9) {
      let input = path9;
      const output = [];
      let nextSlash = -1;
      let len = 0;
      while (len = input.length) {
        if (len === 1) {
          if (input === ".") {
            break;
          } else if (input === "/") {
            output.push("/");
            break;
          } else {
            output.push(input);
            break;
          }
        } else if (len === 2) {
          if (input[0] === ".") {
            if (input[1] === ".") {
              break;
            } else if (input[1] === "/") {
              input = input.slice(2);
              continue;
            }
          } else if (input[0] === "/") {
            if (input[1] === "." || input[1] === "/") {
              output.push("/");
              break;
            }
          }
        } else if (len === 3) {
          if (input === "/..") {
            if (output.length !== 0) {
              output.pop();
            }
            output.push("/");
            break;
          }
        }
        if (input[0] === ".") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(3);
              continue;
            }
          } else if (input[1] === "/") {
            input = input.slice(2);
            continue;
          }
        } else if (input[0] === "/") {
          if (input[1] === ".") {
            if (input[2] === "/") {
              input = input.slice(2);
              continue;
            } else if (input[2] === ".") {
              if (input[3] === "/") {
                input = input.slice(3);
                if (output.length !== 0) {
                  output.pop();
                }
                continue;
              }
            }
          }
        }
        if ((nextSlash = input.indexOf("/", 1)) === -1) {
          output.push(input);
          break;
        } else {
          output.push(input.slice(0, nextSlash));
          input = input.slice(nextSlash);
        }
      }
      return output.join("");
    }
    function removeDotSegmentsRelative(path9) {
      if (path9 === "" || path9[0] === "/") {
        return removeDotSegments(path9);
      }
      const segments = path9.split("/");
      const last = segments.length - 1;
      const output = [];
      let trailingDirectory = false;
      for (let i = 0; i <= last; i++) {
        const segment = segments[i];
        if (segment === "." || segment === "..") {
          if (segment === "..") {
            if (output.length !== 0 && output[output.length - 1] !== "..") {
              output.pop();
            } else {
              output.push("..");
            }
          }
          trailingDirectory = i === last;
        } else {
          output.push(segment);
        }
      }
      if (trailingDirectory && output[output.length - 1] !== "..") {
        output.push("");
      }
      if (output.length === 0 || output[0] === "" || output[0].includes(":")) {
        output.unshift(".");
      }
      return output.join("/");
    }
    var HOST_DELIMS = { "@": "%40", "/": "%2F", "?": "%3F", "#": "%23", ":": "%3A" };
    var HOST_DELIM_RE = /[@/?#:]/g;
    var HOST_DELIM_NO_COLON_RE = /[@/?#]/g;
    function reescapeHostDelimiters(host, isIP) {
      const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE;
      re.lastIndex = 0;
      return host.replace(re, (ch) => HOST_DELIMS[ch]);
    }
    function normalizePercentEncoding(input, decodeUnreserved = false) {
      if (input.indexOf("%") === -1) {
        return input;
      }
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decodeUnreserved && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        output += input[i];
      }
      return output;
    }
    function normalizePathEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (decoded !== "." && isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isPathCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function serializePathEncoding(input, pathNoScheme = false) {
      let output = "";
      let firstSegment = pathNoScheme && input[0] !== "/";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (ch === "/") {
          firstSegment = false;
        }
        if (isPathCharacter(ch) && (ch !== ":" || !firstSegment)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeComponent(input, isAllowed) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        if (isAllowed(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function encodeUserinfo(input) {
      return encodeComponent(input, isUserinfoCharacter);
    }
    function encodeQuery(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function encodeFragment(input) {
      return encodeComponent(input, isQueryFragmentCharacter);
    }
    function isEscapeSafe(cp) {
      return cp >= 48 && cp <= 57 || cp >= 65 && cp <= 90 || cp >= 97 && cp <= 122 || cp === 42 || cp === 43 || cp === 45 || cp === 46 || cp === 47 || cp === 64 || cp === 95;
    }
    function normalizeQueryFragmentEncoding(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        const ch = input[i];
        if (ch === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            const normalizedHex = hex.toUpperCase();
            const decoded = String.fromCharCode(parseInt(normalizedHex, 16));
            if (isUnreserved(decoded)) {
              output += decoded;
            } else {
              output += "%" + normalizedHex;
            }
            i += 2;
            continue;
          }
        }
        if (isQueryFragmentCharacter(ch)) {
          output += ch;
        } else {
          const code2 = input.charCodeAt(i);
          if (code2 < 128) {
            output += isEscapeSafe(code2) ? ch : BYTE_HEX[code2];
          } else if (code2 < 55296 || code2 > 57343) {
            output += percentEncodeNonAscii(code2);
          } else if (code2 <= 56319 && i + 1 < input.length) {
            const low = input.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              output += percentEncodeNonAscii(65536 + (code2 - 55296 << 10) + (low - 56320));
              i++;
            } else {
              output += percentEncodeNonAscii(65533);
            }
          } else {
            output += percentEncodeNonAscii(65533);
          }
        }
      }
      return output;
    }
    function escapePreservingEscapes(input) {
      let output = "";
      for (let i = 0; i < input.length; i++) {
        if (input[i] === "%" && i + 2 < input.length) {
          const hex = input.slice(i + 1, i + 3);
          if (isHexPair(hex)) {
            output += "%" + hex.toUpperCase();
            i += 2;
            continue;
          }
        }
        output += escape(input[i]);
      }
      return output;
    }
    function recomposeAuthority(component) {
      const uriTokens = [];
      if (component.userinfo !== void 0) {
        uriTokens.push(encodeUserinfo(component.userinfo));
        uriTokens.push("@");
      }
      if (component.host !== void 0) {
        let host = component.host;
        if (!isIPv4(host)) {
          let ipV6res = normalizeIPv6(host);
          if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
            host = normalizePercentEncoding(host, true);
            ipV6res = normalizeIPv6(host);
          }
          if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
            host = `[${ipV6res.escapedHost}]`;
          } else {
            host = reescapeHostDelimiters(host, false);
          }
        }
        uriTokens.push(host);
      }
      if (typeof component.port === "number" || typeof component.port === "string") {
        const port = String(component.port);
        if (!isPort(port)) {
          throw new TypeError("URI port is malformed.");
        }
        uriTokens.push(":");
        uriTokens.push(port);
      }
      return uriTokens.length ? uriTokens.join("") : void 0;
    }
    module.exports = {
      nonSimpleDomain,
      recomposeAuthority,
      reescapeHostDelimiters,
      normalizePercentEncoding,
      normalizePathEncoding,
      serializePathEncoding,
      normalizeQueryFragmentEncoding,
      encodeUserinfo,
      encodeQuery,
      encodeFragment,
      escapePreservingEscapes,
      removeDotSegments,
      removeDotSegmentsRelative,
      isIPv4,
      isUUID,
      normalizeIPv6,
      stringArrayToHexStripped
    };
  }
});

// node_modules/fast-uri/lib/schemes.js
var require_schemes = __commonJS({
  "node_modules/fast-uri/lib/schemes.js"(exports, module) {
    "use strict";
    var { isUUID } = require_utils();
    var URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu;
    var supportedSchemeNames = (
      /** @type {const} */
      [
        "http",
        "https",
        "ws",
        "wss",
        "urn",
        "urn:uuid"
      ]
    );
    function isValidSchemeName(name) {
      return supportedSchemeNames.indexOf(
        /** @type {*} */
        name
      ) !== -1;
    }
    function wsIsSecure(wsComponent) {
      if (wsComponent.secure === true) {
        return true;
      } else if (wsComponent.secure === false) {
        return false;
      } else if (wsComponent.scheme) {
        return wsComponent.scheme.length === 3 && (wsComponent.scheme[0] === "w" || wsComponent.scheme[0] === "W") && (wsComponent.scheme[1] === "s" || wsComponent.scheme[1] === "S") && (wsComponent.scheme[2] === "s" || wsComponent.scheme[2] === "S");
      } else {
        return false;
      }
    }
    function httpParse(component) {
      if (!component.host) {
        component.error = component.error || "HTTP URIs must have a host.";
      }
      return component;
    }
    function httpSerialize(component) {
      const secure = String(component.scheme).toLowerCase() === "https";
      if (component.port === (secure ? 443 : 80) || component.port === "") {
        component.port = void 0;
      }
      if (!component.path) {
        component.path = "/";
      }
      return component;
    }
    function wsParse(wsComponent) {
      wsComponent.secure = wsIsSecure(wsComponent);
      wsComponent.resourceName = (wsComponent.path || "/") + (wsComponent.query ? "?" + wsComponent.query : "");
      wsComponent.path = void 0;
      wsComponent.query = void 0;
      return wsComponent;
    }
    function wsSerialize(wsComponent) {
      if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === "") {
        wsComponent.port = void 0;
      }
      if (typeof wsComponent.secure === "boolean") {
        wsComponent.scheme = wsComponent.secure ? "wss" : "ws";
        wsComponent.secure = void 0;
      }
      if (wsComponent.resourceName) {
        const queryIndex = wsComponent.resourceName.indexOf("?");
        const path9 = queryIndex === -1 ? wsComponent.resourceName : wsComponent.resourceName.slice(0, queryIndex);
        wsComponent.path = path9 && path9 !== "/" ? path9 : void 0;
        wsComponent.query = queryIndex === -1 ? void 0 : wsComponent.resourceName.slice(queryIndex + 1);
        wsComponent.resourceName = void 0;
      }
      wsComponent.fragment = void 0;
      return wsComponent;
    }
    function urnParse(urnComponent, options) {
      if (!urnComponent.path) {
        urnComponent.error = "URN can not be parsed";
        return urnComponent;
      }
      const matches = urnComponent.path.match(URN_REG);
      if (matches && matches[0] === urnComponent.path) {
        const scheme = options.scheme || urnComponent.scheme || "urn";
        urnComponent.nid = matches[1].toLowerCase();
        urnComponent.nss = matches[2];
        const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`;
        const schemeHandler = getSchemeHandler(urnScheme);
        urnComponent.path = void 0;
        if (schemeHandler) {
          urnComponent = schemeHandler.parse(urnComponent, options);
        }
      } else {
        urnComponent.error = urnComponent.error || "URN can not be parsed.";
      }
      return urnComponent;
    }
    function urnSerialize(urnComponent, options) {
      if (urnComponent.nid === void 0) {
        throw new Error("URN without nid cannot be serialized");
      }
      const scheme = options.scheme || urnComponent.scheme || "urn";
      const nid = urnComponent.nid.toLowerCase();
      const urnScheme = `${scheme}:${options.nid || nid}`;
      const schemeHandler = getSchemeHandler(urnScheme);
      if (schemeHandler) {
        urnComponent = schemeHandler.serialize(urnComponent, options);
      }
      const uriComponent = urnComponent;
      const nss = urnComponent.nss;
      uriComponent.path = `${nid || options.nid}:${nss}`;
      options.skipEscape = true;
      return uriComponent;
    }
    function urnuuidParse(urnComponent, options) {
      const uuidComponent = urnComponent;
      uuidComponent.uuid = uuidComponent.nss;
      uuidComponent.nss = void 0;
      if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
        uuidComponent.error = uuidComponent.error || "UUID is not valid.";
      }
      return uuidComponent;
    }
    function urnuuidSerialize(uuidComponent) {
      const urnComponent = uuidComponent;
      urnComponent.nss = (uuidComponent.uuid || "").toLowerCase();
      return urnComponent;
    }
    var http = (
      /** @type {SchemeHandler} */
      {
        scheme: "http",
        domainHost: true,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var https = (
      /** @type {SchemeHandler} */
      {
        scheme: "https",
        domainHost: http.domainHost,
        parse: httpParse,
        serialize: httpSerialize
      }
    );
    var ws = (
      /** @type {SchemeHandler} */
      {
        scheme: "ws",
        domainHost: true,
        parse: wsParse,
        serialize: wsSerialize
      }
    );
    var wss = (
      /** @type {SchemeHandler} */
      {
        scheme: "wss",
        domainHost: ws.domainHost,
        parse: ws.parse,
        serialize: ws.serialize
      }
    );
    var urn = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn",
        parse: urnParse,
        serialize: urnSerialize,
        skipNormalize: true
      }
    );
    var urnuuid = (
      /** @type {SchemeHandler} */
      {
        scheme: "urn:uuid",
        parse: urnuuidParse,
        serialize: urnuuidSerialize,
        skipNormalize: true
      }
    );
    var SCHEMES = (
      /** @type {Record<SchemeName, SchemeHandler>} */
      {
        http,
        https,
        ws,
        wss,
        urn,
        "urn:uuid": urnuuid
      }
    );
    Object.setPrototypeOf(SCHEMES, null);
    function getSchemeHandler(scheme) {
      return scheme && (SCHEMES[
        /** @type {SchemeName} */
        scheme
      ] || SCHEMES[
        /** @type {SchemeName} */
        scheme.toLowerCase()
      ]) || void 0;
    }
    module.exports = {
      wsIsSecure,
      SCHEMES,
      isValidSchemeName,
      getSchemeHandler
    };
  }
});

// node_modules/fast-uri/index.js
var require_fast_uri = __commonJS({
  "node_modules/fast-uri/index.js"(exports, module) {
    "use strict";
    var { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = require_utils();
    var { SCHEMES, getSchemeHandler } = require_schemes();
    var VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u;
    var MALFORMED_SCHEME_ERROR = "URI scheme is malformed.";
    var MALFORMED_HOST_ERROR = "URI host is malformed.";
    var FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;
    function validateScheme(scheme) {
      const stringScheme = String(scheme);
      if (!VALID_SCHEME.test(stringScheme)) {
        throw new TypeError(MALFORMED_SCHEME_ERROR);
      }
      return stringScheme;
    }
    function normalize(uri, options) {
      if (typeof uri === "string") {
        uri = /** @type {T} */
        normalizeString(uri, options);
      } else if (typeof uri === "object") {
        uri = /** @type {T} */
        parse(serialize(uri, options), options);
      }
      return uri;
    }
    function resolve(baseURI, relativeURI, options) {
      const schemelessOptions = options ? Object.assign({ scheme: "null" }, options) : { scheme: "null" };
      const {
        parsed: baseParsed,
        malformedAuthorityOrPort: baseMalformed,
        malformedPercentEncoding: baseMalformedPercentEncoding,
        malformedSchemeSpecific: baseMalformedSchemeSpecific,
        malformedHost: baseMalformedHost,
        malformedScheme: baseMalformedScheme
      } = parseWithStatus(baseURI, schemelessOptions);
      const {
        parsed: relativeParsed,
        malformedAuthorityOrPort: relativeMalformed,
        malformedPercentEncoding: relativeMalformedPercentEncoding,
        malformedSchemeSpecific: relativeMalformedSchemeSpecific,
        malformedHost: relativeMalformedHost,
        malformedScheme: relativeMalformedScheme
      } = parseWithStatus(relativeURI, schemelessOptions);
      if (baseMalformed || relativeMalformed || baseMalformedPercentEncoding || relativeMalformedPercentEncoding || baseMalformedSchemeSpecific || relativeMalformedSchemeSpecific || baseMalformedHost || relativeMalformedHost || baseMalformedScheme || relativeMalformedScheme) {
        throw new Error(baseParsed.error || relativeParsed.error || "URI is malformed.");
      }
      const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true);
      const resolvedSchemeHandler = getSchemeHandler(options && options.scheme || resolved.scheme);
      const resolvedHost = resolved.host;
      const resolvedHostIsIP = resolvedHost !== void 0 && resolvedHost !== "" && (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6);
      if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
        throw new Error(MALFORMED_HOST_ERROR);
      }
      canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP);
      const encodedASCIIHost = resolvedHost && resolvedHost.indexOf("%") !== -1 && !new RegExp("\\P{ASCII}", "u").test(resolvedHost);
      if (resolved.error && !encodedASCIIHost) {
        throw new Error(resolved.error);
      }
      schemelessOptions.skipEscape = true;
      return serialize(resolved, schemelessOptions);
    }
    function resolveComponent(base, relative, options, skipNormalization) {
      const target = {};
      if (!skipNormalization) {
        base = parse(serialize(base, options), options);
        relative = parse(serialize(relative, options), options);
      }
      options = options || {};
      if (!options.tolerant && relative.scheme) {
        target.scheme = relative.scheme;
        target.userinfo = relative.userinfo;
        target.host = relative.host;
        target.port = relative.port;
        target.path = removeDotSegments(relative.path || "");
        target.query = relative.query;
      } else {
        if (relative.userinfo !== void 0 || relative.host !== void 0 || relative.port !== void 0) {
          target.userinfo = relative.userinfo;
          target.host = relative.host;
          target.port = relative.port;
          target.path = removeDotSegments(relative.path || "");
          target.query = relative.query;
        } else {
          if (!relative.path) {
            target.path = base.path;
            if (relative.query !== void 0) {
              target.query = relative.query;
            } else {
              target.query = base.query;
            }
          } else {
            if (relative.path[0] === "/") {
              target.path = removeDotSegments(relative.path);
            } else {
              const baseHasAuthority = base.userinfo !== void 0 || base.host !== void 0 || base.port !== void 0;
              if (baseHasAuthority && !base.path) {
                target.path = "/" + relative.path;
              } else if (!base.path) {
                target.path = relative.path;
              } else {
                target.path = base.path.slice(0, base.path.lastIndexOf("/") + 1) + relative.path;
              }
              target.path = base.scheme === void 0 && !baseHasAuthority && target.path[0] !== "/" ? removeDotSegmentsRelative(target.path) : removeDotSegments(target.path);
            }
            target.query = relative.query;
          }
          target.userinfo = base.userinfo;
          target.host = base.host;
          target.port = base.port;
        }
        target.scheme = base.scheme;
      }
      target.fragment = relative.fragment;
      return target;
    }
    function equal(uriA, uriB, options) {
      const normalizedA = normalizeComparableURI(uriA, options);
      const normalizedB = normalizeComparableURI(uriB, options);
      return normalizedA !== void 0 && normalizedB !== void 0 && normalizedA === normalizedB;
    }
    function serialize(cmpts, opts) {
      const component = {
        host: cmpts.host,
        scheme: cmpts.scheme,
        userinfo: cmpts.userinfo,
        port: cmpts.port,
        path: cmpts.path,
        query: cmpts.query,
        nid: cmpts.nid,
        nss: cmpts.nss,
        uuid: cmpts.uuid,
        fragment: cmpts.fragment,
        reference: cmpts.reference,
        resourceName: cmpts.resourceName,
        secure: cmpts.secure,
        error: ""
      };
      const options = Object.assign({}, opts);
      const uriTokens = [];
      if (component.scheme) {
        component.scheme = validateScheme(component.scheme);
      }
      const schemeHandler = getSchemeHandler(options.scheme || component.scheme);
      if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options);
      const hasAuthority = component.userinfo !== void 0 || component.host !== void 0 || component.port !== void 0;
      const schemelessReference = (component.scheme === void 0 || options.reference === "suffix") && !hasAuthority;
      const pathNoScheme = !options.skipEscape && schemelessReference;
      if (component.path !== void 0) {
        if (!options.skipEscape) {
          component.path = serializePathEncoding(component.path, pathNoScheme);
        } else {
          component.path = normalizePercentEncoding(component.path);
        }
      }
      if (options.reference !== "suffix" && component.scheme) {
        component.scheme = validateScheme(component.scheme);
        uriTokens.push(component.scheme, ":");
      }
      const authority = recomposeAuthority(component);
      if (authority !== void 0) {
        if (options.reference !== "suffix") {
          uriTokens.push("//");
        }
        uriTokens.push(authority);
        if (component.path && component.path[0] !== "/") {
          uriTokens.push("/");
        }
      }
      if (component.path !== void 0) {
        let s = component.path;
        if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
          s = schemelessReference && s[0] !== "/" ? removeDotSegmentsRelative(s) : removeDotSegments(s);
        }
        if (schemelessReference) {
          s = serializePathEncoding(s, true);
        }
        if (authority === void 0 && s[0] === "/" && s[1] === "/") {
          s = "/%2F" + s.slice(2);
        }
        uriTokens.push(s);
      }
      if (component.query !== void 0) {
        uriTokens.push("?", encodeQuery(component.query));
      }
      if (component.fragment !== void 0) {
        uriTokens.push("#", encodeFragment(component.fragment));
      }
      return uriTokens.join("");
    }
    var URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u;
    var AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/;
    var AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;
    function getParseError(parsed, matches) {
      if (matches[2] !== void 0 && parsed.path && parsed.path[0] !== "/") {
        return 'URI path must start with "/" when authority is present.';
      }
      if (typeof parsed.port === "number" && (parsed.port < 0 || parsed.port > 65535)) {
        return "URI port is malformed.";
      }
      return void 0;
    }
    function hasMalformedPercentEncoding(component) {
      if (component === void 0) return false;
      let percent = component.indexOf("%");
      while (percent !== -1) {
        if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
          return true;
        }
        percent = component.indexOf("%", percent + 3);
      }
      return false;
    }
    function isIPLiteral(host) {
      return host[0] === "[" && host[host.length - 1] === "]";
    }
    function hasMalformedComponentPercentEncoding(matches) {
      const host = matches[4];
      return hasMalformedPercentEncoding(matches[3]) || host !== void 0 && !isIPLiteral(host) && hasMalformedPercentEncoding(host) || hasMalformedPercentEncoding(matches[6]) || hasMalformedPercentEncoding(matches[7]) || hasMalformedPercentEncoding(matches[8]);
    }
    function canonicalizeHost(parsed, options, schemeHandler, isIP) {
      if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
        parsed.error = parsed.error || MALFORMED_HOST_ERROR;
        return true;
      }
      if (!options.unicodeSupport && (!schemeHandler || !schemeHandler.unicodeSupport) && parsed.host && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && isIP === false && nonSimpleDomain(parsed.host)) {
        let url;
        try {
          url = new URL("http://" + parsed.host);
        } catch (e) {
          parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e;
          return true;
        }
        if (!isHostOnlyURL(url)) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR;
          return true;
        }
        parsed.host = url.hostname;
      }
      return false;
    }
    function hasForbiddenDomainHost(parsed, options, schemeHandler, isIP) {
      return Boolean(
        parsed.host && isIP === false && !isIPLiteral(parsed.host) && (options.domainHost || schemeHandler && schemeHandler.domainHost) && FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
      );
    }
    function isHostOnlyURL(url) {
      return url.username === "" && url.password === "" && url.port === "" && url.pathname === "/" && url.search === "" && url.hash === "" && url.hostname !== "";
    }
    function parseWithStatus(uri, opts) {
      const options = Object.assign({}, opts);
      const parsed = {
        scheme: void 0,
        userinfo: void 0,
        host: "",
        port: void 0,
        path: "",
        query: void 0,
        fragment: void 0
      };
      let malformedAuthorityOrPort = false;
      let malformedPercentEncoding = false;
      let malformedSchemeSpecific = false;
      let malformedHost = false;
      let malformedIPLiteral = false;
      let malformedScheme = false;
      let isIP = false;
      if (options.reference === "suffix") {
        if (options.scheme) {
          uri = options.scheme + ":" + uri;
        } else {
          uri = "//" + uri;
        }
      }
      const authorityMatch = uri.match(AUTHORITY_PREFIX);
      if (authorityMatch !== null && authorityMatch[1].indexOf("\\") !== -1) {
        parsed.error = "URI authority must not contain a literal backslash.";
        malformedAuthorityOrPort = true;
      }
      const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION);
      if (introducerMatch !== null) {
        const region = introducerMatch[1];
        const normalizedRegion = region.replace(/[\t\n\r]/g, "");
        if (normalizedRegion.length >= 2) {
          if (normalizedRegion.slice(0, 2) !== "//") {
            parsed.error = parsed.error || "URI authority must not contain a literal backslash.";
            malformedAuthorityOrPort = true;
          } else if (region.length !== normalizedRegion.length) {
            parsed.error = parsed.error || "URI authority introducer must not contain whitespace.";
            malformedAuthorityOrPort = true;
          }
        }
      }
      const matches = uri.match(URI_PARSE);
      if (matches) {
        parsed.scheme = matches[1];
        parsed.userinfo = matches[3];
        parsed.host = matches[4];
        parsed.port = parseInt(matches[5], 10);
        parsed.path = matches[6] || "";
        parsed.query = matches[7];
        parsed.fragment = matches[8];
        if (parsed.scheme !== void 0) {
          if (VALID_SCHEME.test(parsed.scheme)) {
            parsed.scheme = parsed.scheme.toLowerCase();
          } else {
            parsed.error = parsed.error || MALFORMED_SCHEME_ERROR;
            malformedScheme = true;
          }
        }
        malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches);
        if (malformedPercentEncoding) {
          parsed.error = parsed.error || "URI contains malformed percent-encoding.";
        }
        if (isNaN(parsed.port)) {
          parsed.port = matches[5];
        }
        const parseError = getParseError(parsed, matches);
        if (parseError !== void 0) {
          parsed.error = parsed.error || parseError;
          malformedAuthorityOrPort = true;
        }
        if (parsed.host) {
          const ipv4result = isIPv4(parsed.host);
          if (ipv4result === false) {
            const bracketedIPLiteral = isIPLiteral(parsed.host);
            const hasIPLiteralBracket = parsed.host.indexOf("[") !== -1 || parsed.host.indexOf("]") !== -1;
            const ipv6result = normalizeIPv6(parsed.host);
            isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true;
            malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true);
            parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase();
            if (malformedIPLiteral) {
              parsed.error = parsed.error || MALFORMED_HOST_ERROR;
              malformedAuthorityOrPort = true;
            }
          } else {
            isIP = true;
          }
        }
        if (parsed.scheme === void 0 && parsed.userinfo === void 0 && parsed.host === void 0 && parsed.port === void 0 && parsed.query === void 0 && !parsed.path) {
          parsed.reference = "same-document";
        } else if (parsed.scheme === void 0) {
          parsed.reference = "relative";
        } else if (parsed.fragment === void 0) {
          parsed.reference = "absolute";
        } else {
          parsed.reference = "uri";
        }
        if (options.reference && options.reference !== "suffix" && options.reference !== parsed.reference) {
          parsed.error = parsed.error || "URI is not a " + options.reference + " reference.";
        }
        const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme);
        if (!malformedIPLiteral) {
          malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP);
        }
        if (uri.indexOf("%") !== -1 && parsed.host !== void 0 && !malformedIPLiteral) {
          let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true);
          if (!isIP) {
            host = normalizePercentEncoding(host.toLowerCase());
          }
          parsed.host = isIP || options.scheme !== "null" ? reescapeHostDelimiters(host, isIP) : host;
        }
        if (!schemeHandler || schemeHandler && !schemeHandler.skipNormalize) {
          if (parsed.path) {
            parsed.path = normalizePathEncoding(parsed.path);
          }
          if (parsed.query) {
            parsed.query = normalizeQueryFragmentEncoding(parsed.query);
          }
          if (parsed.fragment) {
            parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment);
          }
        }
        if (schemeHandler && schemeHandler.parse) {
          schemeHandler.parse(parsed, options);
          if (schemeHandler === SCHEMES.urn && parsed.nid === void 0) {
            malformedSchemeSpecific = true;
          }
        }
      } else {
        parsed.error = parsed.error || "URI can not be parsed.";
      }
      return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme };
    }
    function parse(uri, opts) {
      return parseWithStatus(uri, opts).parsed;
    }
    function normalizeString(uri, opts) {
      return normalizeStringWithStatus(uri, opts).normalized;
    }
    function normalizeStringWithStatus(uri, opts) {
      const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts);
      return {
        normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
        malformedAuthorityOrPort,
        malformedPercentEncoding,
        malformedSchemeSpecific,
        malformedHost,
        malformedScheme
      };
    }
    function normalizeComparableURI(uri, opts) {
      if (typeof uri !== "string" && typeof uri !== "object") {
        return void 0;
      }
      let value;
      try {
        value = typeof uri === "string" ? uri : serialize(uri, opts);
      } catch {
        return void 0;
      }
      const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts);
      return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? void 0 : normalized;
    }
    var fastUri = {
      SCHEMES,
      normalize,
      resolve,
      resolveComponent,
      equal,
      serialize,
      parse
    };
    module.exports = fastUri;
    module.exports.default = fastUri;
    module.exports.fastUri = fastUri;
  }
});

// node_modules/ajv/dist/runtime/uri.js
var require_uri = __commonJS({
  "node_modules/ajv/dist/runtime/uri.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var uri = require_fast_uri();
    uri.code = 'require("ajv/dist/runtime/uri").default';
    exports.default = uri;
  }
});

// node_modules/ajv/dist/core.js
var require_core = __commonJS({
  "node_modules/ajv/dist/core.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    var ref_error_1 = require_ref_error();
    var rules_1 = require_rules();
    var compile_1 = require_compile();
    var codegen_2 = require_codegen();
    var resolve_1 = require_resolve();
    var dataType_1 = require_dataType();
    var util_1 = require_util();
    var $dataRefSchema = require_data();
    var uri_1 = require_uri();
    var defaultRegExp = (str, flags) => new RegExp(str, flags);
    defaultRegExp.code = "new RegExp";
    var META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
    var EXT_SCOPE_NAMES = /* @__PURE__ */ new Set([
      "validate",
      "serialize",
      "parse",
      "wrapper",
      "root",
      "schema",
      "keyword",
      "pattern",
      "formats",
      "validate$data",
      "func",
      "obj",
      "Error"
    ]);
    var removedOptions = {
      errorDataPath: "",
      format: "`validateFormats: false` can be used instead.",
      nullable: '"nullable" keyword is supported by default.',
      jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
      extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
      missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
      processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
      sourceCode: "Use option `code: {source: true}`",
      strictDefaults: "It is default now, see option `strict`.",
      strictKeywords: "It is default now, see option `strict`.",
      uniqueItems: '"uniqueItems" keyword is always validated.',
      unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
      cache: "Map is used as cache, schema object as key.",
      serialize: "Map is used as cache, schema object as key.",
      ajvErrors: "It is default now."
    };
    var deprecatedOptions = {
      ignoreKeywordsWithRef: "",
      jsPropertySyntax: "",
      unicode: '"minLength"/"maxLength" account for unicode characters by default.'
    };
    var MAX_EXPRESSION = 200;
    function requiredOptions(o) {
      var _a2, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
      const s = o.strict;
      const _optz = (_a2 = o.code) === null || _a2 === void 0 ? void 0 : _a2.optimize;
      const optimize = _optz === true || _optz === void 0 ? 1 : _optz || 0;
      const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
      const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
      return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver
      };
    }
    var Ajv2 = class {
      constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = /* @__PURE__ */ Object.create(null);
        this._compilations = /* @__PURE__ */ new Set();
        this._loading = {};
        this._cache = /* @__PURE__ */ new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
          addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
          addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
          this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
      }
      _addVocabularies() {
        this.addKeyword("$async");
      }
      _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
          _dataRefSchema = { ...$dataRefSchema };
          _dataRefSchema.id = _dataRefSchema.$id;
          delete _dataRefSchema.$id;
        }
        if (meta && $data)
          this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
      }
      defaultMeta() {
        const { meta, schemaId } = this.opts;
        return this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : void 0;
      }
      validate(schemaKeyRef, data) {
        let v;
        if (typeof schemaKeyRef == "string") {
          v = this.getSchema(schemaKeyRef);
          if (!v)
            throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        } else {
          v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
          this.errors = v.errors;
        return valid;
      }
      compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return sch.validate || this._compileSchemaEnv(sch);
      }
      compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
          throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
          await loadMetaSchema.call(this, _schema.$schema);
          const sch = this._addSchema(_schema, _meta);
          return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
          if ($ref && !this.getSchema($ref)) {
            await runCompileAsync.call(this, { $ref }, true);
          }
        }
        async function _compileAsync(sch) {
          try {
            return this._compileSchemaEnv(sch);
          } catch (e) {
            if (!(e instanceof ref_error_1.default))
              throw e;
            checkLoaded.call(this, e);
            await loadMissingSchema.call(this, e.missingSchema);
            return _compileAsync.call(this, sch);
          }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
          if (this.refs[ref]) {
            throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
          }
        }
        async function loadMissingSchema(ref) {
          const _schema = await _loadSchema.call(this, ref);
          if (!this.refs[ref])
            await loadMetaSchema.call(this, _schema.$schema);
          if (!this.refs[ref])
            this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
          const p = this._loading[ref];
          if (p)
            return p;
          try {
            return await (this._loading[ref] = loadSchema(ref));
          } finally {
            delete this._loading[ref];
          }
        }
      }
      // Adds schema to the instance
      addSchema(schema, key, _meta, _validateSchema = this.opts.validateSchema) {
        if (Array.isArray(schema)) {
          for (const sch of schema)
            this.addSchema(sch, void 0, _meta, _validateSchema);
          return this;
        }
        let id;
        if (typeof schema === "object") {
          const { schemaId } = this.opts;
          id = schema[schemaId];
          if (id !== void 0 && typeof id != "string") {
            throw new Error(`schema ${schemaId} must be string`);
          }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
      }
      // Add schema that will be used to validate other schemas
      // options in META_IGNORE_OPTIONS are alway set to false
      addMetaSchema(schema, key, _validateSchema = this.opts.validateSchema) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
      }
      //  Validate schema against its meta-schema
      validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
          return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== void 0 && typeof $schema != "string") {
          throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
          this.logger.warn("meta-schema not available");
          this.errors = null;
          return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
          const message = "schema is invalid: " + this.errorsText();
          if (this.opts.validateSchema === "log")
            this.logger.error(message);
          else
            throw new Error(message);
        }
        return valid;
      }
      // Get compiled schema by `key` or `ref`.
      // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
      getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
          keyRef = sch;
        if (sch === void 0) {
          const { schemaId } = this.opts;
          const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
          sch = compile_1.resolveSchema.call(this, root, keyRef);
          if (!sch)
            return;
          this.refs[keyRef] = sch;
        }
        return sch.validate || this._compileSchemaEnv(sch);
      }
      // Remove cached schema(s).
      // If no parameter is passed all schemas but meta-schemas are removed.
      // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
      // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
      removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
          this._removeAllSchemas(this.schemas, schemaKeyRef);
          this._removeAllSchemas(this.refs, schemaKeyRef);
          return this;
        }
        switch (typeof schemaKeyRef) {
          case "undefined":
            this._removeAllSchemas(this.schemas);
            this._removeAllSchemas(this.refs);
            this._cache.clear();
            return this;
          case "string": {
            const sch = getSchEnv.call(this, schemaKeyRef);
            if (typeof sch == "object")
              this._cache.delete(sch.schema);
            delete this.schemas[schemaKeyRef];
            delete this.refs[schemaKeyRef];
            return this;
          }
          case "object": {
            const cacheKey = schemaKeyRef;
            this._cache.delete(cacheKey);
            let id = schemaKeyRef[this.opts.schemaId];
            if (id) {
              id = (0, resolve_1.normalizeId)(id);
              delete this.schemas[id];
              delete this.refs[id];
            }
            return this;
          }
          default:
            throw new Error("ajv.removeSchema: invalid parameter");
        }
      }
      // add "vocabulary" - a collection of keywords
      addVocabulary(definitions2) {
        for (const def of definitions2)
          this.addKeyword(def);
        return this;
      }
      addKeyword(kwdOrDef, def) {
        let keyword;
        if (typeof kwdOrDef == "string") {
          keyword = kwdOrDef;
          if (typeof def == "object") {
            this.logger.warn("these parameters are deprecated, see docs for addKeyword");
            def.keyword = keyword;
          }
        } else if (typeof kwdOrDef == "object" && def === void 0) {
          def = kwdOrDef;
          keyword = def.keyword;
          if (Array.isArray(keyword) && !keyword.length) {
            throw new Error("addKeywords: keyword must be string or non-empty array");
          }
        } else {
          throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
          (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
          return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
          ...def,
          type: (0, dataType_1.getJSONTypes)(def.type),
          schemaType: (0, dataType_1.getJSONTypes)(def.schemaType)
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0 ? (k) => addRule.call(this, k, definition) : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
      }
      getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
      }
      // Remove keyword
      removeKeyword(keyword) {
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
          const i = group.rules.findIndex((rule) => rule.keyword === keyword);
          if (i >= 0)
            group.rules.splice(i, 1);
        }
        return this;
      }
      // Add format
      addFormat(name, format) {
        if (typeof format == "string")
          format = new RegExp(format);
        this.formats[name] = format;
        return this;
      }
      errorsText(errors = this.errors, { separator = ", ", dataVar = "data" } = {}) {
        if (!errors || errors.length === 0)
          return "No errors";
        return errors.map((e) => `${dataVar}${e.instancePath} ${e.message}`).reduce((text3, msg) => text3 + separator + msg);
      }
      $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
          const segments = jsonPointer.split("/").slice(1);
          let keywords = metaSchema;
          for (const seg of segments)
            keywords = keywords[seg];
          for (const key in rules) {
            const rule = rules[key];
            if (typeof rule != "object")
              continue;
            const { $data } = rule.definition;
            const schema = keywords[key];
            if ($data && schema)
              keywords[key] = schemaOrData(schema);
          }
        }
        return metaSchema;
      }
      _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
          const sch = schemas[keyRef];
          if (!regex || regex.test(keyRef)) {
            if (typeof sch == "string") {
              delete schemas[keyRef];
            } else if (sch && !sch.meta) {
              this._cache.delete(sch.schema);
              delete schemas[keyRef];
            }
          }
        }
      }
      _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
          id = schema[schemaId];
        } else {
          if (this.opts.jtd)
            throw new Error("schema must be object");
          else if (typeof schema != "boolean")
            throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== void 0)
          return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
          if (baseId)
            this._checkUnique(baseId);
          this.refs[baseId] = sch;
        }
        if (validateSchema)
          this.validateSchema(schema, true);
        return sch;
      }
      _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
          throw new Error(`schema with key or id "${id}" already exists`);
        }
      }
      _compileSchemaEnv(sch) {
        if (sch.meta)
          this._compileMetaSchema(sch);
        else
          compile_1.compileSchema.call(this, sch);
        if (!sch.validate)
          throw new Error("ajv implementation error");
        return sch.validate;
      }
      _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
          compile_1.compileSchema.call(this, sch);
        } finally {
          this.opts = currentOpts;
        }
      }
    };
    Ajv2.ValidationError = validation_error_1.default;
    Ajv2.MissingRefError = ref_error_1.default;
    exports.default = Ajv2;
    function checkOptions(checkOpts, options, msg, log = "error") {
      for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
          this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
      }
    }
    function getSchEnv(keyRef) {
      keyRef = (0, resolve_1.normalizeId)(keyRef);
      return this.schemas[keyRef] || this.refs[keyRef];
    }
    function addInitialSchemas() {
      const optsSchemas = this.opts.schemas;
      if (!optsSchemas)
        return;
      if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
      else
        for (const key in optsSchemas)
          this.addSchema(optsSchemas[key], key);
    }
    function addInitialFormats() {
      for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
          this.addFormat(name, format);
      }
    }
    function addInitialKeywords(defs) {
      if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
      }
      this.logger.warn("keywords option as map is deprecated, pass array");
      for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
          def.keyword = keyword;
        this.addKeyword(def);
      }
    }
    function getMetaSchemaOptions() {
      const metaOpts = { ...this.opts };
      for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
      return metaOpts;
    }
    var noLogs = { log() {
    }, warn() {
    }, error() {
    } };
    function getLogger(logger) {
      if (logger === false)
        return noLogs;
      if (logger === void 0)
        return console;
      if (logger.log && logger.warn && logger.error)
        return logger;
      throw new Error("logger must implement log, warn and error methods");
    }
    var KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
    function checkKeyword(keyword, def) {
      const { RULES } = this;
      (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
          throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
          throw new Error(`Keyword ${kwd} has invalid name`);
      });
      if (!def)
        return;
      if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
      }
    }
    function addRule(keyword, definition, dataType) {
      var _a2;
      const post = definition === null || definition === void 0 ? void 0 : definition.post;
      if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
      const { RULES } = this;
      let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
      if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
      }
      RULES.keywords[keyword] = true;
      if (!definition)
        return;
      const rule = {
        keyword,
        definition: {
          ...definition,
          type: (0, dataType_1.getJSONTypes)(definition.type),
          schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType)
        }
      };
      if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
      else
        ruleGroup.rules.push(rule);
      RULES.all[keyword] = rule;
      (_a2 = definition.implements) === null || _a2 === void 0 ? void 0 : _a2.forEach((kwd) => this.addKeyword(kwd));
    }
    function addBeforeRule(ruleGroup, rule, before) {
      const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
      if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
      } else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
      }
    }
    function keywordMetaschema(def) {
      let { metaSchema } = def;
      if (metaSchema === void 0)
        return;
      if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
      def.validateSchema = this.compile(metaSchema, true);
    }
    var $dataRef = {
      $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#"
    };
    function schemaOrData(schema) {
      return { anyOf: [schema, $dataRef] };
    }
  }
});

// node_modules/ajv/dist/vocabularies/core/id.js
var require_id = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/id.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var def = {
      keyword: "id",
      code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/ref.js
var require_ref = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/ref.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.callRef = exports.getValidate = void 0;
    var ref_error_1 = require_ref_error();
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var compile_1 = require_compile();
    var util_1 = require_util();
    var def = {
      keyword: "$ref",
      schemaType: "string",
      code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
          return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === void 0)
          throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
          return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
          if (env === root)
            return callRef(cxt, validateName, env, env.$async);
          const rootName = gen.scopeValue("root", { ref: root });
          return callRef(cxt, (0, codegen_1._)`${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
          const v = getValidate(cxt, sch);
          callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
          const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
          const valid = gen.name("valid");
          const schCxt = cxt.subschema({
            schema: sch,
            dataTypes: [],
            schemaPath: codegen_1.nil,
            topSchemaRef: schName,
            errSchemaPath: $ref
          }, valid);
          cxt.mergeEvaluated(schCxt);
          cxt.ok(valid);
        }
      }
    };
    function getValidate(cxt, sch) {
      const { gen } = cxt;
      return sch.validate ? gen.scopeValue("validate", { ref: sch.validate }) : (0, codegen_1._)`${gen.scopeValue("wrapper", { ref: sch })}.validate`;
    }
    exports.getValidate = getValidate;
    function callRef(cxt, v, sch, $async) {
      const { gen, it } = cxt;
      const { allErrors, schemaEnv: env, opts } = it;
      const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
      if ($async)
        callAsyncRef();
      else
        callSyncRef();
      function callAsyncRef() {
        if (!env.$async)
          throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
          gen.code((0, codegen_1._)`await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
          addEvaluatedFrom(v);
          if (!allErrors)
            gen.assign(valid, true);
        }, (e) => {
          gen.if((0, codegen_1._)`!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
          addErrorsFrom(e);
          if (!allErrors)
            gen.assign(valid, false);
        });
        cxt.ok(valid);
      }
      function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
      }
      function addErrorsFrom(source) {
        const errs = (0, codegen_1._)`${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._)`${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`);
        gen.assign(names_1.default.errors, (0, codegen_1._)`${names_1.default.vErrors}.length`);
      }
      function addEvaluatedFrom(source) {
        var _a2;
        if (!it.opts.unevaluated)
          return;
        const schEvaluated = (_a2 = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a2 === void 0 ? void 0 : _a2.evaluated;
        if (it.props !== true) {
          if (schEvaluated && !schEvaluated.dynamicProps) {
            if (schEvaluated.props !== void 0) {
              it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
            }
          } else {
            const props = gen.var("props", (0, codegen_1._)`${source}.evaluated.props`);
            it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
          }
        }
        if (it.items !== true) {
          if (schEvaluated && !schEvaluated.dynamicItems) {
            if (schEvaluated.items !== void 0) {
              it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
            }
          } else {
            const items = gen.var("items", (0, codegen_1._)`${source}.evaluated.items`);
            it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
          }
        }
      }
    }
    exports.callRef = callRef;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/core/index.js
var require_core2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/core/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var id_1 = require_id();
    var ref_1 = require_ref();
    var core = [
      "$schema",
      "$id",
      "$defs",
      "$vocabulary",
      { keyword: "$comment" },
      "definitions",
      id_1.default,
      ref_1.default
    ];
    exports.default = core;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitNumber.js
var require_limitNumber = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitNumber.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var ops = codegen_1.operators;
    var KWDs = {
      maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
      minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
      exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
      exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE }
    };
    var error = {
      message: ({ keyword, schemaCode }) => (0, codegen_1.str)`must be ${KWDs[keyword].okStr} ${schemaCode}`,
      params: ({ keyword, schemaCode }) => (0, codegen_1._)`{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`
    };
    var def = {
      keyword: Object.keys(KWDs),
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._)`${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/multipleOf.js
var require_multipleOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/multipleOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must be multiple of ${schemaCode}`,
      params: ({ schemaCode }) => (0, codegen_1._)`{multipleOf: ${schemaCode}}`
    };
    var def = {
      keyword: "multipleOf",
      type: "number",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec ? (0, codegen_1._)`Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}` : (0, codegen_1._)`${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._)`(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitLength.js
var require_limitLength = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitLength.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var ucs2length_1 = require_ucs2length();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} characters`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxLength", "minLength"],
      type: "string",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._)`${data}.length` : (0, codegen_1._)`${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._)`${len} ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/pattern.js
var require_pattern = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/pattern.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var util_1 = require_util();
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match pattern "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{pattern: ${schemaCode}}`
    };
    var def = {
      keyword: "pattern",
      type: "string",
      schemaType: "string",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
          const { regExp } = it.opts.code;
          const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._)`new RegExp` : (0, util_1.useFunc)(gen, regExp);
          const valid = gen.let("valid");
          gen.try(() => gen.assign(valid, (0, codegen_1._)`${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
          cxt.fail$data((0, codegen_1._)`!${valid}`);
        } else {
          const regExp = (0, code_1.usePattern)(cxt, schema);
          cxt.fail$data((0, codegen_1._)`!${regExp}.test(${data})`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitProperties.js
var require_limitProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} properties`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxProperties", "minProperties"],
      type: "object",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`Object.keys(${data}).length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/required.js
var require_required = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/required.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { missingProperty } }) => (0, codegen_1.str)`must have required property '${missingProperty}'`,
      params: ({ params: { missingProperty } }) => (0, codegen_1._)`{missingProperty: ${missingProperty}}`
    };
    var def = {
      keyword: "required",
      type: "object",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
          return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
          allErrorsMode();
        else
          exitOnErrorMode();
        if (opts.strictRequired) {
          const props = cxt.parentSchema.properties;
          const { definedProperties } = cxt.it;
          for (const requiredKey of schema) {
            if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === void 0 && !definedProperties.has(requiredKey)) {
              const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
              const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
              (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
            }
          }
        }
        function allErrorsMode() {
          if (useLoop || $data) {
            cxt.block$data(codegen_1.nil, loopAllRequired);
          } else {
            for (const prop of schema) {
              (0, code_1.checkReportMissingProp)(cxt, prop);
            }
          }
        }
        function exitOnErrorMode() {
          const missing = gen.let("missing");
          if (useLoop || $data) {
            const valid = gen.let("valid", true);
            cxt.block$data(valid, () => loopUntilMissing(missing, valid));
            cxt.ok(valid);
          } else {
            gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
          }
        }
        function loopAllRequired() {
          gen.forOf("prop", schemaCode, (prop) => {
            cxt.setParams({ missingProperty: prop });
            gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
          });
        }
        function loopUntilMissing(missing, valid) {
          cxt.setParams({ missingProperty: missing });
          gen.forOf(missing, schemaCode, () => {
            gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
            gen.if((0, codegen_1.not)(valid), () => {
              cxt.error();
              gen.break();
            });
          }, codegen_1.nil);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/limitItems.js
var require_limitItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/limitItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str)`must NOT have ${comp} than ${schemaCode} items`;
      },
      params: ({ schemaCode }) => (0, codegen_1._)`{limit: ${schemaCode}}`
    };
    var def = {
      keyword: ["maxItems", "minItems"],
      type: "array",
      schemaType: "number",
      $data: true,
      error,
      code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._)`${data}.length ${op} ${schemaCode}`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// node_modules/ajv/dist/vocabularies/validation/uniqueItems.js
var require_uniqueItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/uniqueItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var dataType_1 = require_dataType();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: ({ params: { i, j } }) => (0, codegen_1.str)`must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
      params: ({ params: { i, j } }) => (0, codegen_1._)`{i: ${i}, j: ${j}}`
    };
    var def = {
      keyword: "uniqueItems",
      type: "array",
      schemaType: "boolean",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
          return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._)`${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
          const i = gen.let("i", (0, codegen_1._)`${data}.length`);
          const j = gen.let("j");
          cxt.setParams({ i, j });
          gen.assign(valid, true);
          gen.if((0, codegen_1._)`${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
          return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
          const item = gen.name("item");
          const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
          const indices = gen.const("indices", (0, codegen_1._)`{}`);
          gen.for((0, codegen_1._)`;${i}--;`, () => {
            gen.let(item, (0, codegen_1._)`${data}[${i}]`);
            gen.if(wrongType, (0, codegen_1._)`continue`);
            if (itemTypes.length > 1)
              gen.if((0, codegen_1._)`typeof ${item} == "string"`, (0, codegen_1._)`${item} += "_"`);
            gen.if((0, codegen_1._)`typeof ${indices}[${item}] == "number"`, () => {
              gen.assign(j, (0, codegen_1._)`${indices}[${item}]`);
              cxt.error();
              gen.assign(valid, false).break();
            }).code((0, codegen_1._)`${indices}[${item}] = ${i}`);
          });
        }
        function loopN2(i, j) {
          const eql = (0, util_1.useFunc)(gen, equal_1.default);
          const outer = gen.name("outer");
          gen.label(outer).for((0, codegen_1._)`;${i}--;`, () => gen.for((0, codegen_1._)`${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._)`${eql}(${data}[${i}], ${data}[${j}])`, () => {
            cxt.error();
            gen.assign(valid, false).break(outer);
          })));
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/const.js
var require_const = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/const.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to constant",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValue: ${schemaCode}}`
    };
    var def = {
      keyword: "const",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || schema && typeof schema == "object") {
          cxt.fail$data((0, codegen_1._)`!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        } else {
          cxt.fail((0, codegen_1._)`${schema} !== ${data}`);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/enum.js
var require_enum = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/enum.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var equal_1 = require_equal();
    var error = {
      message: "must be equal to one of the allowed values",
      params: ({ schemaCode }) => (0, codegen_1._)`{allowedValues: ${schemaCode}}`
    };
    var def = {
      keyword: "enum",
      schemaType: "array",
      $data: true,
      error,
      code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
          throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => eql !== null && eql !== void 0 ? eql : eql = (0, util_1.useFunc)(gen, equal_1.default);
        let valid;
        if (useLoop || $data) {
          valid = gen.let("valid");
          cxt.block$data(valid, loopEnum);
        } else {
          if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
          const vSchema = gen.const("vSchema", schemaCode);
          valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
          gen.assign(valid, false);
          gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._)`${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
          const sch = schema[i];
          return typeof sch === "object" && sch !== null ? (0, codegen_1._)`${getEql()}(${data}, ${vSchema}[${i}])` : (0, codegen_1._)`${data} === ${sch}`;
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/validation/index.js
var require_validation = __commonJS({
  "node_modules/ajv/dist/vocabularies/validation/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var limitNumber_1 = require_limitNumber();
    var multipleOf_1 = require_multipleOf();
    var limitLength_1 = require_limitLength();
    var pattern_1 = require_pattern();
    var limitProperties_1 = require_limitProperties();
    var required_1 = require_required();
    var limitItems_1 = require_limitItems();
    var uniqueItems_1 = require_uniqueItems();
    var const_1 = require_const();
    var enum_1 = require_enum();
    var validation = [
      // number
      limitNumber_1.default,
      multipleOf_1.default,
      // string
      limitLength_1.default,
      pattern_1.default,
      // object
      limitProperties_1.default,
      required_1.default,
      // array
      limitItems_1.default,
      uniqueItems_1.default,
      // any
      { keyword: "type", schemaType: ["string", "array"] },
      { keyword: "nullable", schemaType: "boolean" },
      const_1.default,
      enum_1.default
    ];
    exports.default = validation;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalItems.js
var require_additionalItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateAdditionalItems = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "additionalItems",
      type: "array",
      schemaType: ["boolean", "object"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
          (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
          return;
        }
        validateAdditionalItems(cxt, items);
      }
    };
    function validateAdditionalItems(cxt, items) {
      const { gen, schema, data, keyword, it } = cxt;
      it.items = true;
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._)`${len} <= ${items.length}`);
      } else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._)`${len} <= ${items.length}`);
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
      }
      function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
          cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
          if (!it.allErrors)
            gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
      }
    }
    exports.validateAdditionalItems = validateAdditionalItems;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items.js
var require_items = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateTuple = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "array", "boolean"],
      before: "uniqueItems",
      code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
          return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    function validateTuple(cxt, extraItems, schArr = cxt.schema) {
      const { gen, parentSchema, data, keyword, it } = cxt;
      checkStrictTuple(parentSchema);
      if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
      }
      const valid = gen.name("valid");
      const len = gen.const("len", (0, codegen_1._)`${data}.length`);
      schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
          return;
        gen.if((0, codegen_1._)`${len} > ${i}`, () => cxt.subschema({
          keyword,
          schemaProp: i,
          dataProp: i
        }, valid));
        cxt.ok(valid);
      });
      function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
          const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
          (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
      }
    }
    exports.validateTuple = validateTuple;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/prefixItems.js
var require_prefixItems = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/prefixItems.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var items_1 = require_items();
    var def = {
      keyword: "prefixItems",
      type: "array",
      schemaType: ["array"],
      before: "uniqueItems",
      code: (cxt) => (0, items_1.validateTuple)(cxt, "items")
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/items2020.js
var require_items2020 = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/items2020.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    var additionalItems_1 = require_additionalItems();
    var error = {
      message: ({ params: { len } }) => (0, codegen_1.str)`must NOT have more than ${len} items`,
      params: ({ params: { len } }) => (0, codegen_1._)`{limit: ${len}}`
    };
    var def = {
      keyword: "items",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      error,
      code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        if (prefixItems)
          (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
          cxt.ok((0, code_1.validateArray)(cxt));
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/contains.js
var require_contains = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/contains.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1.str)`must contain at least ${min} valid item(s)` : (0, codegen_1.str)`must contain at least ${min} and no more than ${max} valid item(s)`,
      params: ({ params: { min, max } }) => max === void 0 ? (0, codegen_1._)`{minContains: ${min}}` : (0, codegen_1._)`{minContains: ${min}, maxContains: ${max}}`
    };
    var def = {
      keyword: "contains",
      type: "array",
      schemaType: ["object", "boolean"],
      before: "uniqueItems",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
          min = minContains === void 0 ? 1 : minContains;
          max = maxContains;
        } else {
          min = 1;
        }
        const len = gen.const("len", (0, codegen_1._)`${data}.length`);
        cxt.setParams({ min, max });
        if (max === void 0 && min === 0) {
          (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
          return;
        }
        if (max !== void 0 && min > max) {
          (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
          cxt.fail();
          return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          let cond = (0, codegen_1._)`${len} >= ${min}`;
          if (max !== void 0)
            cond = (0, codegen_1._)`${cond} && ${len} <= ${max}`;
          cxt.pass(cond);
          return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === void 0 && min === 1) {
          validateItems(valid, () => gen.if(valid, () => gen.break()));
        } else if (min === 0) {
          gen.let(valid, true);
          if (max !== void 0)
            gen.if((0, codegen_1._)`${data}.length > 0`, validateItemsWithCount);
        } else {
          gen.let(valid, false);
          validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
          const schValid = gen.name("_valid");
          const count3 = gen.let("count", 0);
          validateItems(schValid, () => gen.if(schValid, () => checkLimits(count3)));
        }
        function validateItems(_valid, block) {
          gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
              keyword: "contains",
              dataProp: i,
              dataPropType: util_1.Type.Num,
              compositeRule: true
            }, _valid);
            block();
          });
        }
        function checkLimits(count3) {
          gen.code((0, codegen_1._)`${count3}++`);
          if (max === void 0) {
            gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true).break());
          } else {
            gen.if((0, codegen_1._)`${count3} > ${max}`, () => gen.assign(valid, false).break());
            if (min === 1)
              gen.assign(valid, true);
            else
              gen.if((0, codegen_1._)`${count3} >= ${min}`, () => gen.assign(valid, true));
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/dependencies.js
var require_dependencies = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/dependencies.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var code_1 = require_code2();
    exports.error = {
      message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str)`must have ${property_ies} ${deps} when property ${property} is present`;
      },
      params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._)`{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`
      // TODO change to reference
    };
    var def = {
      keyword: "dependencies",
      type: "object",
      schemaType: "object",
      error: exports.error,
      code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
      }
    };
    function splitDependencies({ schema }) {
      const propertyDeps = {};
      const schemaDeps = {};
      for (const key in schema) {
        if (key === "__proto__")
          continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
      }
      return [propertyDeps, schemaDeps];
    }
    function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
      const { gen, data, it } = cxt;
      if (Object.keys(propertyDeps).length === 0)
        return;
      const missing = gen.let("missing");
      for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
          continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
          property: prop,
          depsCount: deps.length,
          deps: deps.join(", ")
        });
        if (it.allErrors) {
          gen.if(hasProperty, () => {
            for (const depProp of deps) {
              (0, code_1.checkReportMissingProp)(cxt, depProp);
            }
          });
        } else {
          gen.if((0, codegen_1._)`${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
          (0, code_1.reportMissingProp)(cxt, missing);
          gen.else();
        }
      }
    }
    exports.validatePropertyDeps = validatePropertyDeps;
    function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
      const { gen, data, keyword, it } = cxt;
      const valid = gen.name("valid");
      for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
          continue;
        gen.if(
          (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties),
          () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
          },
          () => gen.var(valid, true)
          // TODO var
        );
        cxt.ok(valid);
      }
    }
    exports.validateSchemaDeps = validateSchemaDeps;
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/propertyNames.js
var require_propertyNames = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/propertyNames.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "property name must be valid",
      params: ({ params }) => (0, codegen_1._)`{propertyName: ${params.propertyName}}`
    };
    var def = {
      keyword: "propertyNames",
      type: "object",
      schemaType: ["object", "boolean"],
      error,
      code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
          return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
          cxt.setParams({ propertyName: key });
          cxt.subschema({
            keyword: "propertyNames",
            data: key,
            dataTypes: ["string"],
            propertyName: key,
            compositeRule: true
          }, valid);
          gen.if((0, codegen_1.not)(valid), () => {
            cxt.error(true);
            if (!it.allErrors)
              gen.break();
          });
        });
        cxt.ok(valid);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js
var require_additionalProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/additionalProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var names_1 = require_names();
    var util_1 = require_util();
    var error = {
      message: "must NOT have additional properties",
      params: ({ params }) => (0, codegen_1._)`{additionalProperty: ${params.additionalProperty}}`
    };
    var def = {
      keyword: "additionalProperties",
      type: ["object"],
      schemaType: ["boolean", "object"],
      allowUndefined: true,
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        if (!errsCount)
          throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
          return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._)`${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
          gen.forIn("key", data, (key) => {
            if (!props.length && !patProps.length)
              additionalPropertyCode(key);
            else
              gen.if(isAdditional(key), () => additionalPropertyCode(key));
          });
        }
        function isAdditional(key) {
          let definedProp;
          if (props.length > 8) {
            const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
            definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
          } else if (props.length) {
            definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._)`${key} === ${p}`));
          } else {
            definedProp = codegen_1.nil;
          }
          if (patProps.length) {
            definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._)`${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
          }
          return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
          gen.code((0, codegen_1._)`delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
          if (opts.removeAdditional === "all" || opts.removeAdditional && schema === false) {
            deleteAdditional(key);
            return;
          }
          if (schema === false) {
            cxt.setParams({ additionalProperty: key });
            cxt.error();
            if (!allErrors)
              gen.break();
            return;
          }
          if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
            const valid = gen.name("valid");
            if (opts.removeAdditional === "failing") {
              applyAdditionalSchema(key, valid, false);
              gen.if((0, codegen_1.not)(valid), () => {
                cxt.reset();
                deleteAdditional(key);
              });
            } else {
              applyAdditionalSchema(key, valid);
              if (!allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
            }
          }
        }
        function applyAdditionalSchema(key, valid, errors) {
          const subschema = {
            keyword: "additionalProperties",
            dataProp: key,
            dataPropType: util_1.Type.Str
          };
          if (errors === false) {
            Object.assign(subschema, {
              compositeRule: true,
              createErrors: false,
              allErrors: false
            });
          }
          cxt.subschema(subschema, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/properties.js
var require_properties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/properties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var validate_1 = require_validate();
    var code_1 = require_code2();
    var util_1 = require_util();
    var additionalProperties_1 = require_additionalProperties();
    var def = {
      keyword: "properties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === void 0) {
          additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
          it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
          it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
          return;
        const valid = gen.name("valid");
        for (const prop of properties) {
          if (hasDefault(prop)) {
            applyPropertySchema(prop);
          } else {
            gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
            applyPropertySchema(prop);
            if (!it.allErrors)
              gen.else().var(valid, true);
            gen.endIf();
          }
          cxt.it.definedProperties.add(prop);
          cxt.ok(valid);
        }
        function hasDefault(prop) {
          return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== void 0;
        }
        function applyPropertySchema(prop) {
          cxt.subschema({
            keyword: "properties",
            schemaProp: prop,
            dataProp: prop
          }, valid);
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/patternProperties.js
var require_patternProperties = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/patternProperties.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var util_2 = require_util();
    var def = {
      keyword: "patternProperties",
      type: "object",
      schemaType: "object",
      code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 || alwaysValidPatterns.length === patterns.length && (!it.opts.unevaluated || it.props === true)) {
          return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
          it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
          for (const pat of patterns) {
            if (checkProperties)
              checkMatchingProperties(pat);
            if (it.allErrors) {
              validateProperties(pat);
            } else {
              gen.var(valid, true);
              validateProperties(pat);
              gen.if(valid);
            }
          }
        }
        function checkMatchingProperties(pat) {
          for (const prop in checkProperties) {
            if (new RegExp(pat).test(prop)) {
              (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
            }
          }
        }
        function validateProperties(pat) {
          gen.forIn("key", data, (key) => {
            gen.if((0, codegen_1._)`${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
              const alwaysValid = alwaysValidPatterns.includes(pat);
              if (!alwaysValid) {
                cxt.subschema({
                  keyword: "patternProperties",
                  schemaProp: pat,
                  dataProp: key,
                  dataPropType: util_2.Type.Str
                }, valid);
              }
              if (it.opts.unevaluated && props !== true) {
                gen.assign((0, codegen_1._)`${props}[${key}]`, true);
              } else if (!alwaysValid && !it.allErrors) {
                gen.if((0, codegen_1.not)(valid), () => gen.break());
              }
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/not.js
var require_not = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/not.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "not",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
          cxt.fail();
          return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
          keyword: "not",
          compositeRule: true,
          createErrors: false,
          allErrors: false
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
      },
      error: { message: "must NOT be valid" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/anyOf.js
var require_anyOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/anyOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var code_1 = require_code2();
    var def = {
      keyword: "anyOf",
      schemaType: "array",
      trackErrors: true,
      code: code_1.validateUnion,
      error: { message: "must match a schema in anyOf" }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/oneOf.js
var require_oneOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/oneOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: "must match exactly one schema in oneOf",
      params: ({ params }) => (0, codegen_1._)`{passingSchemas: ${params.passing}}`
    };
    var def = {
      keyword: "oneOf",
      schemaType: "array",
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
          return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
          schArr.forEach((sch, i) => {
            let schCxt;
            if ((0, util_1.alwaysValidSchema)(it, sch)) {
              gen.var(schValid, true);
            } else {
              schCxt = cxt.subschema({
                keyword: "oneOf",
                schemaProp: i,
                compositeRule: true
              }, schValid);
            }
            if (i > 0) {
              gen.if((0, codegen_1._)`${schValid} && ${valid}`).assign(valid, false).assign(passing, (0, codegen_1._)`[${passing}, ${i}]`).else();
            }
            gen.if(schValid, () => {
              gen.assign(valid, true);
              gen.assign(passing, i);
              if (schCxt)
                cxt.mergeEvaluated(schCxt, codegen_1.Name);
            });
          });
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/allOf.js
var require_allOf = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/allOf.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: "allOf",
      schemaType: "array",
      code(cxt) {
        const { gen, schema, it } = cxt;
        if (!Array.isArray(schema))
          throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
          if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
          const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
          cxt.ok(valid);
          cxt.mergeEvaluated(schCxt);
        });
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/if.js
var require_if = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/if.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var util_1 = require_util();
    var error = {
      message: ({ params }) => (0, codegen_1.str)`must match "${params.ifClause}" schema`,
      params: ({ params }) => (0, codegen_1._)`{failingKeyword: ${params.ifClause}}`
    };
    var def = {
      keyword: "if",
      schemaType: ["object", "boolean"],
      trackErrors: true,
      error,
      code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === void 0 && parentSchema.else === void 0) {
          (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
          return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
          const ifClause = gen.let("ifClause");
          cxt.setParams({ ifClause });
          gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        } else if (hasThen) {
          gen.if(schValid, validateClause("then"));
        } else {
          gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
          const schCxt = cxt.subschema({
            keyword: "if",
            compositeRule: true,
            createErrors: false,
            allErrors: false
          }, schValid);
          cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
          return () => {
            const schCxt = cxt.subschema({ keyword }, schValid);
            gen.assign(valid, schValid);
            cxt.mergeValidEvaluated(schCxt, valid);
            if (ifClause)
              gen.assign(ifClause, (0, codegen_1._)`${keyword}`);
            else
              cxt.setParams({ ifClause: keyword });
          };
        }
      }
    };
    function hasSchema(it, keyword) {
      const schema = it.schema[keyword];
      return schema !== void 0 && !(0, util_1.alwaysValidSchema)(it, schema);
    }
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/thenElse.js
var require_thenElse = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/thenElse.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var util_1 = require_util();
    var def = {
      keyword: ["then", "else"],
      schemaType: ["object", "boolean"],
      code({ keyword, parentSchema, it }) {
        if (parentSchema.if === void 0)
          (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/applicator/index.js
var require_applicator = __commonJS({
  "node_modules/ajv/dist/vocabularies/applicator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var additionalItems_1 = require_additionalItems();
    var prefixItems_1 = require_prefixItems();
    var items_1 = require_items();
    var items2020_1 = require_items2020();
    var contains_1 = require_contains();
    var dependencies_1 = require_dependencies();
    var propertyNames_1 = require_propertyNames();
    var additionalProperties_1 = require_additionalProperties();
    var properties_1 = require_properties();
    var patternProperties_1 = require_patternProperties();
    var not_1 = require_not();
    var anyOf_1 = require_anyOf();
    var oneOf_1 = require_oneOf();
    var allOf_1 = require_allOf();
    var if_1 = require_if();
    var thenElse_1 = require_thenElse();
    function getApplicator(draft2020 = false) {
      const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default
      ];
      if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
      else
        applicator.push(additionalItems_1.default, items_1.default);
      applicator.push(contains_1.default);
      return applicator;
    }
    exports.default = getApplicator;
  }
});

// node_modules/ajv/dist/vocabularies/format/format.js
var require_format = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/format.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var error = {
      message: ({ schemaCode }) => (0, codegen_1.str)`must match format "${schemaCode}"`,
      params: ({ schemaCode }) => (0, codegen_1._)`{format: ${schemaCode}}`
    };
    var def = {
      keyword: "format",
      type: ["number", "string"],
      schemaType: "string",
      $data: true,
      error,
      code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
          return;
        if ($data)
          validate$DataFormat();
        else
          validateFormat();
        function validate$DataFormat() {
          const fmts = gen.scopeValue("formats", {
            ref: self.formats,
            code: opts.code.formats
          });
          const fDef = gen.const("fDef", (0, codegen_1._)`${fmts}[${schemaCode}]`);
          const fType = gen.let("fType");
          const format = gen.let("format");
          gen.if((0, codegen_1._)`typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._)`${fDef}.type || "string"`).assign(format, (0, codegen_1._)`${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._)`"string"`).assign(format, fDef));
          cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
          function unknownFmt() {
            if (opts.strictSchema === false)
              return codegen_1.nil;
            return (0, codegen_1._)`${schemaCode} && !${format}`;
          }
          function invalidFmt() {
            const callFormat = schemaEnv.$async ? (0, codegen_1._)`(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))` : (0, codegen_1._)`${format}(${data})`;
            const validData = (0, codegen_1._)`(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
            return (0, codegen_1._)`${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
          }
        }
        function validateFormat() {
          const formatDef = self.formats[schema];
          if (!formatDef) {
            unknownFormat();
            return;
          }
          if (formatDef === true)
            return;
          const [fmtType, format, fmtRef] = getFormat(formatDef);
          if (fmtType === ruleType)
            cxt.pass(validCondition());
          function unknownFormat() {
            if (opts.strictSchema === false) {
              self.logger.warn(unknownMsg());
              return;
            }
            throw new Error(unknownMsg());
            function unknownMsg() {
              return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
            }
          }
          function getFormat(fmtDef) {
            const code2 = fmtDef instanceof RegExp ? (0, codegen_1.regexpCode)(fmtDef) : opts.code.formats ? (0, codegen_1._)`${opts.code.formats}${(0, codegen_1.getProperty)(schema)}` : void 0;
            const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code: code2 });
            if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
              return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._)`${fmt}.validate`];
            }
            return ["string", fmtDef, fmt];
          }
          function validCondition() {
            if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
              if (!schemaEnv.$async)
                throw new Error("async format in sync schema");
              return (0, codegen_1._)`await ${fmtRef}(${data})`;
            }
            return typeof format == "function" ? (0, codegen_1._)`${fmtRef}(${data})` : (0, codegen_1._)`${fmtRef}.test(${data})`;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/vocabularies/format/index.js
var require_format2 = __commonJS({
  "node_modules/ajv/dist/vocabularies/format/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var format_1 = require_format();
    var format = [format_1.default];
    exports.default = format;
  }
});

// node_modules/ajv/dist/vocabularies/metadata.js
var require_metadata = __commonJS({
  "node_modules/ajv/dist/vocabularies/metadata.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.contentVocabulary = exports.metadataVocabulary = void 0;
    exports.metadataVocabulary = [
      "title",
      "description",
      "default",
      "deprecated",
      "readOnly",
      "writeOnly",
      "examples"
    ];
    exports.contentVocabulary = [
      "contentMediaType",
      "contentEncoding",
      "contentSchema"
    ];
  }
});

// node_modules/ajv/dist/vocabularies/draft7.js
var require_draft7 = __commonJS({
  "node_modules/ajv/dist/vocabularies/draft7.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var core_1 = require_core2();
    var validation_1 = require_validation();
    var applicator_1 = require_applicator();
    var format_1 = require_format2();
    var metadata_1 = require_metadata();
    var draft7Vocabularies = [
      core_1.default,
      validation_1.default,
      (0, applicator_1.default)(),
      format_1.default,
      metadata_1.metadataVocabulary,
      metadata_1.contentVocabulary
    ];
    exports.default = draft7Vocabularies;
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/types.js
var require_types = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/types.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.DiscrError = void 0;
    var DiscrError;
    (function(DiscrError2) {
      DiscrError2["Tag"] = "tag";
      DiscrError2["Mapping"] = "mapping";
    })(DiscrError || (exports.DiscrError = DiscrError = {}));
  }
});

// node_modules/ajv/dist/vocabularies/discriminator/index.js
var require_discriminator = __commonJS({
  "node_modules/ajv/dist/vocabularies/discriminator/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var codegen_1 = require_codegen();
    var types_1 = require_types();
    var compile_1 = require_compile();
    var ref_error_1 = require_ref_error();
    var util_1 = require_util();
    var error = {
      message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag ? `tag "${tagName}" must be string` : `value of tag "${tagName}" must be in oneOf`,
      params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._)`{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`
    };
    var def = {
      keyword: "discriminator",
      type: "object",
      schemaType: "object",
      error,
      code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
          throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
          throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
          throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
          throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._)`${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._)`typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
          const mapping = getMapping();
          gen.if(false);
          for (const tagValue in mapping) {
            gen.elseIf((0, codegen_1._)`${tag} === ${tagValue}`);
            gen.assign(valid, applyTagSchema(mapping[tagValue]));
          }
          gen.else();
          cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
          gen.endIf();
        }
        function applyTagSchema(schemaProp) {
          const _valid = gen.name("valid");
          const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
          cxt.mergeEvaluated(schCxt, codegen_1.Name);
          return _valid;
        }
        function getMapping() {
          var _a2;
          const oneOfMapping = {};
          const topRequired = hasRequired(parentSchema);
          let tagRequired = true;
          for (let i = 0; i < oneOf.length; i++) {
            let sch = oneOf[i];
            if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
              const ref = sch.$ref;
              sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
              if (sch instanceof compile_1.SchemaEnv)
                sch = sch.schema;
              if (sch === void 0)
                throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
            }
            const propSch = (_a2 = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a2 === void 0 ? void 0 : _a2[tagName];
            if (typeof propSch != "object") {
              throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
            }
            tagRequired = tagRequired && (topRequired || hasRequired(sch));
            addMappings(propSch, i);
          }
          if (!tagRequired)
            throw new Error(`discriminator: "${tagName}" must be required`);
          return oneOfMapping;
          function hasRequired({ required }) {
            return Array.isArray(required) && required.includes(tagName);
          }
          function addMappings(sch, i) {
            if (sch.const) {
              addMapping(sch.const, i);
            } else if (sch.enum) {
              for (const tagValue of sch.enum) {
                addMapping(tagValue, i);
              }
            } else {
              throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
            }
          }
          function addMapping(tagValue, i) {
            if (typeof tagValue != "string" || tagValue in oneOfMapping) {
              throw new Error(`discriminator: "${tagName}" values must be unique strings`);
            }
            oneOfMapping[tagValue] = i;
          }
        }
      }
    };
    exports.default = def;
  }
});

// node_modules/ajv/dist/refs/json-schema-draft-07.json
var require_json_schema_draft_07 = __commonJS({
  "node_modules/ajv/dist/refs/json-schema-draft-07.json"(exports, module) {
    module.exports = {
      $schema: "http://json-schema.org/draft-07/schema#",
      $id: "http://json-schema.org/draft-07/schema#",
      title: "Core schema meta-schema",
      definitions: {
        schemaArray: {
          type: "array",
          minItems: 1,
          items: { $ref: "#" }
        },
        nonNegativeInteger: {
          type: "integer",
          minimum: 0
        },
        nonNegativeIntegerDefault0: {
          allOf: [{ $ref: "#/definitions/nonNegativeInteger" }, { default: 0 }]
        },
        simpleTypes: {
          enum: ["array", "boolean", "integer", "null", "number", "object", "string"]
        },
        stringArray: {
          type: "array",
          items: { type: "string" },
          uniqueItems: true,
          default: []
        }
      },
      type: ["object", "boolean"],
      properties: {
        $id: {
          type: "string",
          format: "uri-reference"
        },
        $schema: {
          type: "string",
          format: "uri"
        },
        $ref: {
          type: "string",
          format: "uri-reference"
        },
        $comment: {
          type: "string"
        },
        title: {
          type: "string"
        },
        description: {
          type: "string"
        },
        default: true,
        readOnly: {
          type: "boolean",
          default: false
        },
        examples: {
          type: "array",
          items: true
        },
        multipleOf: {
          type: "number",
          exclusiveMinimum: 0
        },
        maximum: {
          type: "number"
        },
        exclusiveMaximum: {
          type: "number"
        },
        minimum: {
          type: "number"
        },
        exclusiveMinimum: {
          type: "number"
        },
        maxLength: { $ref: "#/definitions/nonNegativeInteger" },
        minLength: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        pattern: {
          type: "string",
          format: "regex"
        },
        additionalItems: { $ref: "#" },
        items: {
          anyOf: [{ $ref: "#" }, { $ref: "#/definitions/schemaArray" }],
          default: true
        },
        maxItems: { $ref: "#/definitions/nonNegativeInteger" },
        minItems: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        uniqueItems: {
          type: "boolean",
          default: false
        },
        contains: { $ref: "#" },
        maxProperties: { $ref: "#/definitions/nonNegativeInteger" },
        minProperties: { $ref: "#/definitions/nonNegativeIntegerDefault0" },
        required: { $ref: "#/definitions/stringArray" },
        additionalProperties: { $ref: "#" },
        definitions: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        properties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          default: {}
        },
        patternProperties: {
          type: "object",
          additionalProperties: { $ref: "#" },
          propertyNames: { format: "regex" },
          default: {}
        },
        dependencies: {
          type: "object",
          additionalProperties: {
            anyOf: [{ $ref: "#" }, { $ref: "#/definitions/stringArray" }]
          }
        },
        propertyNames: { $ref: "#" },
        const: true,
        enum: {
          type: "array",
          items: true,
          minItems: 1,
          uniqueItems: true
        },
        type: {
          anyOf: [
            { $ref: "#/definitions/simpleTypes" },
            {
              type: "array",
              items: { $ref: "#/definitions/simpleTypes" },
              minItems: 1,
              uniqueItems: true
            }
          ]
        },
        format: { type: "string" },
        contentMediaType: { type: "string" },
        contentEncoding: { type: "string" },
        if: { $ref: "#" },
        then: { $ref: "#" },
        else: { $ref: "#" },
        allOf: { $ref: "#/definitions/schemaArray" },
        anyOf: { $ref: "#/definitions/schemaArray" },
        oneOf: { $ref: "#/definitions/schemaArray" },
        not: { $ref: "#" }
      },
      default: true
    };
  }
});

// node_modules/ajv/dist/ajv.js
var require_ajv = __commonJS({
  "node_modules/ajv/dist/ajv.js"(exports, module) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
    var core_1 = require_core();
    var draft7_1 = require_draft7();
    var discriminator_1 = require_discriminator();
    var draft7MetaSchema = require_json_schema_draft_07();
    var META_SUPPORT_DATA = ["/properties"];
    var META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
    var Ajv2 = class extends core_1.default {
      _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
          this.addKeyword(discriminator_1.default);
      }
      _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
          return;
        const metaSchema = this.opts.$data ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA) : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
      }
      defaultMeta() {
        return this.opts.defaultMeta = super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : void 0);
      }
    };
    exports.Ajv = Ajv2;
    module.exports = exports = Ajv2;
    module.exports.Ajv = Ajv2;
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.default = Ajv2;
    var validate_1 = require_validate();
    Object.defineProperty(exports, "KeywordCxt", { enumerable: true, get: function() {
      return validate_1.KeywordCxt;
    } });
    var codegen_1 = require_codegen();
    Object.defineProperty(exports, "_", { enumerable: true, get: function() {
      return codegen_1._;
    } });
    Object.defineProperty(exports, "str", { enumerable: true, get: function() {
      return codegen_1.str;
    } });
    Object.defineProperty(exports, "stringify", { enumerable: true, get: function() {
      return codegen_1.stringify;
    } });
    Object.defineProperty(exports, "nil", { enumerable: true, get: function() {
      return codegen_1.nil;
    } });
    Object.defineProperty(exports, "Name", { enumerable: true, get: function() {
      return codegen_1.Name;
    } });
    Object.defineProperty(exports, "CodeGen", { enumerable: true, get: function() {
      return codegen_1.CodeGen;
    } });
    var validation_error_1 = require_validation_error();
    Object.defineProperty(exports, "ValidationError", { enumerable: true, get: function() {
      return validation_error_1.default;
    } });
    var ref_error_1 = require_ref_error();
    Object.defineProperty(exports, "MissingRefError", { enumerable: true, get: function() {
      return ref_error_1.default;
    } });
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path9) {
      const ctrl = callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visit_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = visit_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path9) {
      const ctrl = await callVisitor(key, node, visitor, path9);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path9, ctrl);
        return visitAsync_(key, ctrl, visitor, path9);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path9 = Object.freeze(path9.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path9);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path9 = Object.freeze(path9.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path9);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path9);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path9) {
      if (typeof visitor === "function")
        return visitor(key, node, path9);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path9);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path9);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path9);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path9);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path9);
      return void 0;
    }
    function replaceNode(key, path9, node) {
      const parent = path9[path9.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count3 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count3)
            count3 = c;
        }
        return count3;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path9, value) {
      let v = value;
      for (let i = path9.length - 1; i >= 0; --i) {
        const k = path9[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path9) => path9 == null || typeof path9 === "object" && !!path9[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path9, value) {
        if (isEmptyPath(path9))
          this.add(value);
        else {
          const [key, ...rest] = path9;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        const [key, ...rest] = path9;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path9) {
        const [key, ...rest] = path9;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        const [key, ...rest] = path9;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text3, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text3;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text3.length <= endStep)
        return text3;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text3, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text3[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text3[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text3, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text3[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text3[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text3;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text3;
      if (onFold)
        onFold();
      let res = text3.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold2 = folds[i2];
        const end2 = folds[i2 + 1] || text3.length;
        if (fold2 === 0)
          res = `
${indent}${text3.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold2])
            res += `${text3[fold2]}\\`;
          res += `
${indent}${text3.slice(fold2 + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text3, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text3[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text3[++i];
        } else {
          do {
            ch = text3[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text3[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq2 = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq2;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq2 = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq2.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq2.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq2 = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq2.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq2.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document2 = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path9, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path9, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path9) {
        if (Collection.isEmptyPath(path9)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path9) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path9, keepScalar) {
        if (Collection.isEmptyPath(path9))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path9, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path9) {
        if (Collection.isEmptyPath(path9))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path9) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path9, value) {
        if (Collection.isEmptyPath(path9)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path9), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path9, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document2;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors2 = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count3 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count3 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count3);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq2 = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq2.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq2.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq2.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold: fold2, offset } = foldNewline(source, i);
          res += fold2;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold2 = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold2 += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold2)
        fold2 = " ";
      return { fold: fold2, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document2 = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document2.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document2 = require_Document();
    var errors = require_errors2();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document2.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors2();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path9) => {
      let item = cst;
      for (const [field2, index] of path9) {
        const tok = item?.[field2];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path9) => {
      const parent = visit.itemAtPath(cst, path9.slice(0, -1));
      const field2 = path9[path9.length - 1][0];
      const coll = parent?.[field2];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path9, item, visitor) {
      let ctrl = visitor(item, path9);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field2 of ["key", "value"]) {
        const token = item[field2];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path9.concat([[field2, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field2 === "key")
            ctrl = ctrl(item, path9);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path9) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs3, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs3);
              } else {
                Object.assign(it, { key: fs3, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs3 = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs3, sep: [] });
              else if (it.sep)
                this.stack.push(fs3);
              else
                Object.assign(it, { key: fs3, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var errors = require_errors2();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document2.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document2 = require_Document();
    var Schema = require_Schema();
    var errors = require_errors2();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq2 = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document2.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq2.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/rules/metadata.ts
var metadata_exports = {};
__export(metadata_exports, {
  FRAMEWORKS: () => FRAMEWORKS,
  RULE_METADATA: () => RULE_METADATA
});
var FRAMEWORKS, RULE_METADATA;
var init_metadata = __esm({
  "src/rules/metadata.ts"() {
    "use strict";
    FRAMEWORKS = {
      "owasp-nhi": {
        name: "OWASP Top 10 Non-Human Identities Risks 2025",
        short: "OWASP",
        url: "https://owasp.org/www-project-non-human-identities-top-10/2025/top-10-2025/"
      },
      "nist-csf": {
        name: "NIST Cybersecurity Framework 2.0",
        short: "NIST CSF 2.0",
        url: "https://www.nist.gov/cyberframework"
      },
      cis: {
        name: "CIS Critical Security Controls v8",
        short: "CIS Controls v8",
        url: "https://www.cisecurity.org/controls/v8"
      }
    };
    RULE_METADATA = [
      {
        name: "expired",
        title: "Expired credential still present",
        severity: "low",
        scope: ["credential"],
        description: "A credential has expired but still exists: a source still reports it, or the inventory still declares it. It cannot be used, but it clutters the inventory and some platforms let it be renewed or re-enabled.",
        remediation: "Delete {{credential}} of {{subject}} (it expired on {{expires}}) and remove it from the inventory at {{location}}; if it is still needed, issue a new credential instead of renewing the old one.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          },
          { framework: "cis", id: "6.2", title: "Establish an Access Revoking Process" }
        ]
      },
      {
        name: "expiring",
        title: "Credential expiring soon",
        severity: "medium",
        scope: ["credential"],
        description: "A credential expires within the policy's `expiry-warning`. Whatever depends on it stops working at that moment unless a replacement is in place.",
        remediation: "Issue a replacement for {{credential}} of {{subject}} before {{expires}}, move its consumers over, and let the old one expire.",
        references: [
          { framework: "owasp-nhi", id: "NHI7", title: "Long-Lived Secrets" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          }
        ]
      },
      {
        name: "human-use",
        title: "Machine identity used by a person",
        severity: "high",
        scope: ["subject"],
        description: "A machine identity (service account, token, key, app, bot) was used interactively: a console password sign-in, a browser user agent, a web session. People using a machine identity bypass their own authentication, MFA and audit trail.",
        remediation: "Find who used {{subject}} interactively and give them their own access. Remove console passwords and interactive sign-in from the identity, and rotate {{credential}} since a person has seen it.",
        references: [
          { framework: "owasp-nhi", id: "NHI10", title: "Human Use of NHI" },
          { framework: "nist-csf", id: "PR.AA-03", title: "Users, services, and hardware are authenticated" },
          {
            framework: "nist-csf",
            id: "DE.CM-03",
            title: "Personnel activity and technology usage are monitored to find potentially adverse events"
          }
        ]
      },
      {
        name: "inactive",
        title: "No meaningful use",
        severity: "high",
        scope: ["subject", "credential"],
        description: "No meaningful use for longer than the inactivity threshold: the policy's `inactive-after`, or twice the identity's declared cadence when that is longer (a quarterly job is inactive after 182 days). Logins, token refreshes and failed attempts are not use. It fires only with evidence that covers the period; when the evidence cannot tell, the subject is unknown and `no-telemetry` says why. A finding with a credential judges one idle credential of a subject that is otherwise in use. Disabled, suspended or expired identities and credentials are still reported, at low severity, since they can be re-enabled.",
        remediation: "Ask {{owner}} whether {{subject}} is still needed. If not, disable {{credential}} now and delete it after a grace period; if it is, record why it is idle so rarely (a `cadence:` or a suppression with a reason and an end date).",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          },
          {
            framework: "nist-csf",
            id: "PR.AA-05",
            title: "Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties"
          },
          { framework: "cis", id: "5.3", title: "Disable Dormant Accounts" },
          { framework: "cis", id: "6.2", title: "Establish an Access Revoking Process" }
        ]
      },
      {
        name: "licence-reclaim",
        title: "Dormant licence to reclaim",
        severity: "low",
        scope: ["subject"],
        description: "A paid licence (`licence:` on the identity) held by an identity that is inactive or never used. The yearly saving is in the finding. The severity rises as the renewal date nears: low when it is more than 90 days away (or unknown), medium within 90 days, high within 30 days.",
        remediation: "Reclaim the licence held by {{subject}} before it renews ({{renews}}) and save {{saving}}; ask {{owner}} first if the seat is kept for a reason.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "ID.AM-08",
            title: "Systems, hardware, software, services, and data are managed throughout their life cycles"
          },
          { framework: "cis", id: "2.1", title: "Establish and Maintain a Software Inventory" }
        ]
      },
      {
        name: "login-only",
        title: "Authenticates but does nothing",
        severity: "medium",
        scope: ["subject"],
        description: "The identity logs in, starts sessions or refreshes tokens, but performs no meaningful action in the covered window. A heartbeat keeps it looking alive while the access it holds is not needed.",
        remediation: "Find what authenticates as {{subject}} (a health check, a forgotten job) and stop it; then judge the identity as unused and ask {{owner}} whether it can be disabled.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          { framework: "owasp-nhi", id: "NHI5", title: "Overprivileged NHI" },
          {
            framework: "nist-csf",
            id: "PR.AA-05",
            title: "Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties"
          },
          {
            framework: "nist-csf",
            id: "DE.CM-03",
            title: "Personnel activity and technology usage are monitored to find potentially adverse events"
          },
          { framework: "cis", id: "5.3", title: "Disable Dormant Accounts" }
        ]
      },
      {
        name: "never-used",
        title: "Never used",
        severity: "high",
        scope: ["subject", "credential"],
        description: 'Never used since it was created, with evidence that covers its whole life: a platform last-used field that says "never", or an event log whose window starts before its creation. Past the grace period (the inactivity threshold, counted from creation) it is reported at the severity `inactive` would have had, and replaces it; within the grace period it is reported at low severity.',
        remediation: "Ask {{owner}} whether {{subject}} is needed at all. If it was provisioned and never wired up, delete {{credential}}; access that is granted but never exercised is pure exposure.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          { framework: "owasp-nhi", id: "NHI5", title: "Overprivileged NHI" },
          {
            framework: "nist-csf",
            id: "PR.AA-05",
            title: "Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties"
          },
          { framework: "cis", id: "5.3", title: "Disable Dormant Accounts" }
        ]
      },
      {
        name: "no-expiry",
        title: "Credential without an expiry",
        severity: "medium",
        scope: ["credential"],
        description: "The policy requires credentials to expire (`require-expiry: true`) and this credential never does: its source reports no expiry date. Credentials whose expiry is not known are not judged.",
        remediation: "Replace {{credential}} of {{subject}} with a credential that expires (set an expiry when you create it), or with short-lived credentials issued on demand.",
        references: [
          { framework: "owasp-nhi", id: "NHI7", title: "Long-Lived Secrets" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          }
        ]
      },
      {
        name: "no-telemetry",
        title: "Activity cannot be judged",
        severity: "medium",
        scope: ["subject"],
        description: "A declared identity whose activity no source can judge: no source covers it, the covering window is shorter than the inactivity threshold, the only source is stale or could not be read, or the format has no usage field (GitHub Actions secrets, AWS signing certificates). Its status is unknown, never inactive: absence of evidence is not evidence of absence.",
        remediation: "Add a source that records the use of {{subject}} ({{reason}}): an export covering at least {{threshold}}, or the platform's audit log. If it cannot be observed at all, say so with a suppression that gives the reason.",
        references: [
          {
            framework: "nist-csf",
            id: "PR.PS-04",
            title: "Log records are generated and made available for continuous monitoring"
          },
          {
            framework: "nist-csf",
            id: "DE.CM-09",
            title: "Computing hardware and software, runtime environments, and their data are monitored to find potentially adverse events"
          },
          { framework: "cis", id: "8.2", title: "Collect Audit Logs" }
        ]
      },
      {
        name: "outside-cadence",
        title: "Active outside its schedule",
        severity: "medium",
        scope: ["subject"],
        description: "A scheduled identity (`schedule:` with a cron expression and a tolerance) was used at hours of the week when its schedule never runs. A nightly job's key used on a weekday afternoon is someone using it by hand, or someone else using it.",
        remediation: "Check who used {{subject}} outside its schedule ({{threshold}} tolerance). If the schedule changed, update `schedule:` at {{location}}; if nobody can explain the use, rotate {{credential}}.",
        references: [
          { framework: "owasp-nhi", id: "NHI2", title: "Secret Leakage" },
          { framework: "owasp-nhi", id: "NHI10", title: "Human Use of NHI" },
          {
            framework: "nist-csf",
            id: "DE.CM-03",
            title: "Personnel activity and technology usage are monitored to find potentially adverse events"
          },
          {
            framework: "nist-csf",
            id: "DE.AE-02",
            title: "Potentially adverse events are analyzed to better understand associated activities"
          }
        ]
      },
      {
        name: "owner-offboarded",
        title: "Owner has left",
        severity: "high",
        scope: ["subject"],
        description: "The identity's owner is no longer here: the people export marks them as terminated, inactive, deactivated, suspended or left, their end date has passed, or they are no longer a member of the organisation. Identities whose owner left are the classic orphans of improper offboarding.",
        remediation: "Hand {{subject}} over to a current owner (replace {{owner}} at {{location}}) and have them review whether it is still needed; if nobody takes it over, disable its credentials.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          },
          {
            framework: "nist-csf",
            id: "PR.AA-05",
            title: "Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties"
          },
          { framework: "cis", id: "5.5", title: "Establish and Maintain an Inventory of Service Accounts" },
          { framework: "cis", id: "6.2", title: "Establish an Access Revoking Process" }
        ]
      },
      {
        name: "reactivated",
        title: "Used again after a dormant gap",
        severity: "high",
        scope: ["subject", "credential"],
        description: 'Meaningful use after a gap of at least `reactivation-gap` with none: two consecutive days of use at least that far apart, the later one in the data (or a snapshot whose last use moved after a dormant earlier snapshot). A credential that wakes up after months of silence is an incident signal, not "active": it is what a leaked key looks like. It is never resolved by later use; it clears once the owner re-attests the identity (`reviewed.on` after the renewed use).',
        remediation: "Confirm with {{owner}} that the renewed use of {{subject}} is expected (check who used it, from where, and what it did). If nobody can vouch for it, treat {{credential}} as compromised: revoke it and investigate. Then re-attest the identity (`reviewed:`) at {{location}}.",
        references: [
          { framework: "owasp-nhi", id: "NHI2", title: "Secret Leakage" },
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "DE.CM-03",
            title: "Personnel activity and technology usage are monitored to find potentially adverse events"
          },
          {
            framework: "nist-csf",
            id: "DE.AE-02",
            title: "Potentially adverse events are analyzed to better understand associated activities"
          },
          { framework: "cis", id: "8.11", title: "Conduct Audit Log Reviews" }
        ]
      },
      {
        name: "review-overdue",
        title: "Ownership review overdue",
        severity: "medium",
        scope: ["subject"],
        description: "The identity's last attestation (`reviewed.on`) is older than the policy's `review-every`, or it has never been reviewed (unless it was created within that period). CIS Controls 5.5 asks for service account reviews at least quarterly.",
        remediation: "Have {{owner}} confirm that {{subject}} is still needed, still owned and still scoped as it should be, then record who reviewed it and when under `reviewed:` (`by:` and `on:`) at {{location}}. Review at least every {{threshold}}.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "PR.AA-05",
            title: "Access permissions, entitlements, and authorizations are defined in a policy, managed, enforced, and reviewed, and incorporate the principles of least privilege and separation of duties"
          },
          { framework: "cis", id: "5.5", title: "Establish and Maintain an Inventory of Service Accounts" }
        ]
      },
      {
        name: "secret-in-config",
        title: "Secret in the inventory",
        severity: "critical",
        scope: ["inventory"],
        description: "A value in the inventory looks like a live secret (an access key, a token, a private key). The inventory is committed to the repository, so the secret must be considered leaked. The value is never echoed back: findings name only what it looks like and where it is.",
        remediation: "Remove the {{secret}} at {{location}} from the inventory and from the repository's history, and revoke and rotate it now: anyone who can read the repository may have copied it.",
        references: [
          { framework: "owasp-nhi", id: "NHI2", title: "Secret Leakage" },
          {
            framework: "nist-csf",
            id: "PR.DS-01",
            title: "The confidentiality, integrity, and availability of data-at-rest are protected"
          }
        ]
      },
      {
        name: "stale-telemetry",
        title: "Telemetry export is stale",
        severity: "medium",
        scope: ["source"],
        description: "A source was generated longer ago than the policy's `telemetry-max-age`. It says nothing about what happened since, so the subjects it alone covers are judged unknown rather than active or inactive. When an export carries no generation time, the newest time in its data stands in for it (a lower bound), and the finding says so.",
        remediation: "Refresh {{source}} (export it again, or schedule the export) so that it is never older than {{threshold}}; set `generated-at:` on the source entry when the export carries no time of its own.",
        references: [
          {
            framework: "nist-csf",
            id: "PR.PS-04",
            title: "Log records are generated and made available for continuous monitoring"
          },
          { framework: "cis", id: "8.2", title: "Collect Audit Logs" }
        ]
      },
      {
        name: "suppression-expired",
        title: "Suppression has expired",
        severity: "low",
        scope: ["subject"],
        description: "A suppression is past its `until` date. It no longer hides anything: the finding it suppressed is reported again, and this finding asks for the suppression to be removed or renewed with a new reason.",
        remediation: "Fix what the suppression of {{rule}} on {{subject}} was hiding and delete the suppression at {{location}}, or, if the exception still holds, renew it with a new `until`, `reason` and `by`.",
        references: [
          {
            framework: "nist-csf",
            id: "ID.RA-07",
            title: "Changes and exceptions are managed, assessed for risk impact, recorded, and tracked"
          }
        ]
      },
      {
        name: "undeclared",
        title: "Identity not in the inventory",
        severity: "medium",
        scope: ["subject"],
        description: "A principal seen in telemetry, or declared in Terraform, Kubernetes manifests or workflows, that no identity in the inventory claims. Nobody owns what nobody declared. Principals a source knows to be people, the root account and the platform's own first-party apps are never undeclared.",
        remediation: "Add an identity for {{subject}} to {{config}} with an owner and a purpose (`lastseen init` writes a starting entry), or delete it if nobody needs it.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          },
          {
            framework: "nist-csf",
            id: "ID.AM-02",
            title: "Inventories of software, services, and systems managed by the organization are maintained"
          },
          { framework: "cis", id: "5.1", title: "Establish and Maintain an Inventory of Accounts" },
          { framework: "cis", id: "5.5", title: "Establish and Maintain an Inventory of Service Accounts" }
        ]
      },
      {
        name: "unowned",
        title: "Identity without an owner",
        severity: "high",
        scope: ["subject"],
        description: "The identity has no owner: the `owner:` key is missing, empty or null, or it names someone a configured people directory cannot resolve. Nobody will notice when it is no longer needed, nobody rotates it, and nobody answers when it misbehaves. An owner that cannot be checked (no directory configured or reachable) never fires this rule.",
        remediation: "Set `owner:` for {{subject}} at {{location}} to the team (`@org/team`), person (`@user`) or e-mail address accountable for it; if nobody claims it, disable it and remove it from the inventory.",
        references: [
          { framework: "owasp-nhi", id: "NHI1", title: "Improper Offboarding" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          },
          {
            framework: "nist-csf",
            id: "GV.RR-02",
            title: "Roles, responsibilities, and authorities related to cybersecurity risk management are established, communicated, understood, and enforced"
          },
          { framework: "cis", id: "5.5", title: "Establish and Maintain an Inventory of Service Accounts" }
        ]
      },
      {
        name: "unrotated",
        title: "Credential not rotated",
        severity: "high",
        scope: ["credential"],
        description: "An active, usable credential is older than its `rotate-every` (the credential's own, else the identity's, else the policy's), counted from its last rotation or, when it was never rotated, from its creation. Disabled, expired, dormant and provider-rotated credentials (GCP `SYSTEM_MANAGED` keys, GitHub App installation tokens) are not judged: a dormant credential is reported as `inactive` instead, since it should be removed rather than rotated.",
        remediation: "Rotate {{credential}} of {{subject}}: create a new credential, move its consumers over, then delete the old one. Rotate at least every {{threshold}}, or replace it with short-lived credentials (workload identity federation, OIDC) so there is nothing to rotate.",
        references: [
          { framework: "owasp-nhi", id: "NHI7", title: "Long-Lived Secrets" },
          {
            framework: "nist-csf",
            id: "PR.AA-01",
            title: "Identities and credentials for authorized users, services, and hardware are managed by the organization"
          }
        ]
      }
    ];
  }
});

// src/report/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  FINGERPRINT_KEY: () => FINGERPRINT_KEY,
  INFORMATION_URI: () => INFORMATION_URI,
  SARIF_SCHEMA: () => SARIF_SCHEMA,
  findingFingerprint: () => findingFingerprint,
  renderSarif: () => renderSarif,
  renderSarifText: () => renderSarifText,
  sarifLevel: () => sarifLevel
});
import { createHash as createHash2 } from "node:crypto";
function sarifLevel(finding2) {
  if (finding2.blocking) return "error";
  return finding2.severity === "low" ? "note" : "warning";
}
function findingFingerprint(finding2) {
  return createHash2("sha256").update(`${finding2.rule}\0${finding2.subject}\0${finding2.credential ?? ""}`).digest("hex");
}
function untemplate(text3, code2) {
  return text3.trim().replace(/\{\{\s*([a-z-]+)\s*\}\}/g, (_, name) => code2 ? `\`<${name}>\`` : `<${name}>`);
}
function referenceLabel(framework, id, catalog) {
  const short = catalog.frameworks?.[framework]?.short ?? framework;
  return framework === "owasp-nhi" ? `${short} ${id}:2025` : `${short} ${id}`;
}
function sarifRule(rule, catalog) {
  const references = rule.references.map((ref) => {
    const url = ref.url ?? catalog.frameworks?.[ref.framework]?.url;
    const label = referenceLabel(ref.framework, ref.id, catalog);
    return {
      text: `${label}: ${ref.title}${url ? ` (${url})` : ""}`,
      markdown: url ? `- [${label}](${url}): ${ref.title}` : `- ${label}: ${ref.title}`
    };
  });
  const markdown = [
    rule.description.trim(),
    "",
    `**Remediation:** ${untemplate(rule.remediation, true)}`,
    ...rule.help ? ["", rule.help.trim()] : [],
    "",
    "**References:**",
    "",
    ...references.map((ref) => ref.markdown)
  ].join("\n");
  const text3 = [
    rule.description.trim(),
    "",
    `Remediation: ${untemplate(rule.remediation, false)}`,
    "",
    "References:",
    ...references.map((ref) => `- ${ref.text}`)
  ].join("\n");
  return {
    id: `lastseen/${rule.name}`,
    name: pascal(rule.name),
    shortDescription: { text: rule.title },
    fullDescription: { text: rule.description.trim() },
    helpUri: `${RULES_DOC}#${rule.name}`,
    help: { text: text3, markdown },
    defaultConfiguration: { level: DEFAULT_LEVEL[rule.severity] },
    properties: {
      tags: ["security", "non-human-identity", ...rule.references.map((ref) => `${ref.framework}/${ref.id}`)],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      precision: "high",
      "problem.severity": rule.severity === "low" ? "recommendation" : rule.severity === "medium" ? "warning" : "error"
    }
  };
}
function fallbackRule(name, findings) {
  const severity2 = findings.reduce(
    (max, f) => SEVERITIES.indexOf(f.severity) > SEVERITIES.indexOf(max) ? f.severity : max,
    "low"
  );
  return {
    name,
    title: name,
    severity: severity2,
    scope: ["subject"],
    description: `Findings of the lastseen rule ${name}.`,
    remediation: findings[0]?.remediation || "See the finding.",
    references: []
  };
}
function pascal(name) {
  return name.split("-").map((part) => part.charAt(0).toUpperCase() + part.slice(1)).join("");
}
function suppressionReason(finding2) {
  const evidence = finding2.evidence;
  const suppression = evidence.suppression;
  if (suppression && typeof suppression.reason === "string") {
    const by = typeof suppression.by === "string" ? ` (${suppression.by}` : "";
    const until = typeof suppression.until === "string" ? `${by ? ", " : " ("}until ${suppression.until}` : "";
    return `${suppression.reason}${by}${until}${by || until ? ")" : ""}`;
  }
  return "Suppressed in the inventory.";
}
function renderSarif(report, catalog) {
  const known = new Map(catalog.rules.map((rule) => [rule.name, rule]));
  const byRule = /* @__PURE__ */ new Map();
  for (const finding2 of report.findings)
    byRule.set(finding2.rule, [...byRule.get(finding2.rule) ?? [], finding2]);
  const metadata = [...catalog.rules];
  for (const [name, findings] of byRule) if (!known.has(name)) metadata.push(fallbackRule(name, findings));
  metadata.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const ruleIndex = new Map(metadata.map((rule, i) => [rule.name, i]));
  const results = report.findings.map((finding2) => {
    const location = finding2.location ?? { path: report.config, line: 1 };
    const region = { startLine: Math.max(1, location.line) };
    if (location.column) region.startColumn = location.column;
    const message = finding2.remediation ? `${finding2.message} Fix: ${finding2.remediation}` : finding2.message;
    const result = {
      ruleId: `lastseen/${finding2.rule}`,
      ruleIndex: ruleIndex.get(finding2.rule),
      level: sarifLevel(finding2),
      message: { text: message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: encodeUri(location.path), uriBaseId: "%SRCROOT%" },
            region
          }
        }
      ],
      partialFingerprints: { [FINGERPRINT_KEY]: findingFingerprint(finding2) },
      properties: {
        severity: finding2.severity,
        "security-severity": SECURITY_SEVERITY[finding2.severity],
        subject: finding2.subject,
        credential: finding2.credential,
        blocking: finding2.blocking,
        ...finding2.changed === void 0 ? {} : { changed: finding2.changed },
        ...finding2.location ? {} : {
          locationFallback: "The finding has no declaration of its own: it is placed on the inventory file."
        },
        evidence: finding2.evidence
      },
      ...finding2.suppressed ? { suppressions: [{ kind: "inSource", justification: suppressionReason(finding2) }] } : {}
    };
    return result;
  });
  return {
    $schema: SARIF_SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "lastseen",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: metadata.map((rule) => sarifRule(rule, catalog))
          }
        },
        automationDetails: { id: "lastseen/" },
        results,
        properties: {
          now: report.now,
          config: report.config,
          failOn: report.failOn,
          summary: report.summary
        }
      }
    ]
  };
}
function encodeUri(relativePath) {
  return relativePath.split(/[\\/]/).map((segment) => encodeURIComponent(segment)).join("/");
}
function renderSarifText(report, catalog) {
  return `${JSON.stringify(renderSarif(report, catalog), null, 2)}
`;
}
var SARIF_SCHEMA, INFORMATION_URI, RULES_DOC, FINGERPRINT_KEY, SECURITY_SEVERITY, DEFAULT_LEVEL;
var init_sarif = __esm({
  "src/report/sarif.ts"() {
    "use strict";
    init_config();
    SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    INFORMATION_URI = "https://github.com/lastseen/lastseen";
    RULES_DOC = `${INFORMATION_URI}/blob/main/docs/rules.md`;
    FINGERPRINT_KEY = "lastseenFindingHash/v1";
    SECURITY_SEVERITY = {
      critical: "9.5",
      high: "7.5",
      medium: "5.0",
      low: "2.0"
    };
    DEFAULT_LEVEL = {
      critical: "error",
      high: "error",
      medium: "warning",
      low: "note"
    };
  }
});

// src/cli/main.ts
import { writeFileSync as writeFileSync2 } from "node:fs";
import path8 from "node:path";
import { parseArgs as parseArgs3 } from "node:util";

// src/model/errors.ts
var ConfigurationError = class extends Error {
  constructor(message, location) {
    super(message);
    this.location = location;
  }
  location;
  name = "ConfigurationError";
};
var InputError = class extends Error {
  constructor(message, location) {
    super(message);
    this.location = location;
  }
  location;
  name = "InputError";
};
function isUserError(error) {
  return error instanceof ConfigurationError || error instanceof InputError;
}
function formatUserError(error) {
  const at = error.location;
  if (!at) return error.message;
  return `${at.path}:${at.line}${at.column ? `:${at.column}` : ""}: ${error.message}`;
}

// src/report/sparkline.ts
var BLOCKS = ["\u2581", "\u2582", "\u2583", "\u2584", "\u2585", "\u2586", "\u2587", "\u2588"];
var IDLE = "\xB7";
function sparkline(values) {
  const max = Math.max(0, ...values);
  return values.map((v) => v <= 0 || max === 0 ? IDLE : BLOCKS[Math.min(BLOCKS.length - 1, Math.ceil(v / max * BLOCKS.length) - 1)]).join("");
}

// src/report/console.ts
var SEVERITY_ORDER = ["critical", "high", "medium", "low"];
function paint(enabled) {
  const wrap2 = (open, close) => (text3) => enabled ? `\x1B[${open}m${text3}\x1B[${close}m` : text3;
  return {
    bold: wrap2(1, 22),
    dim: wrap2(2, 22),
    red: wrap2(31, 39),
    yellow: wrap2(33, 39),
    cyan: wrap2(36, 39),
    green: wrap2(32, 39),
    magenta: wrap2(35, 39)
  };
}
function pad(text3, width) {
  return text3.length >= width ? text3 : text3 + " ".repeat(width - text3.length);
}
function renderConsole(report, options) {
  const c = paint(options.color);
  const severityColour = {
    critical: (t) => c.bold(c.red(t)),
    high: c.red,
    medium: c.yellow,
    low: c.cyan
  };
  const lines = [];
  const s = report.summary;
  lines.push(
    `${c.bold("lastseen")} ${report.tool.version} \xB7 ${report.config} \xB7 evaluated at ${report.now}`,
    ""
  );
  lines.push(c.bold("Sources"));
  for (const source of report.sources) {
    const window = source.window.from && source.window.to ? `${source.window.from.slice(0, 10)} \u2192 ${source.window.to.slice(0, 10)}` : "no window";
    const counts = `${source.accepted}/${source.records} records`;
    const rejected = source.rejected > 0 ? c.yellow(` \xB7 ${source.rejected} rejected`) : "";
    const failure = source.failure ? c.red(` \xB7 ${source.failure}`) : "";
    lines.push(`  ${pad(source.type, 26)} ${pad(source.path ?? "(API)", 44)} ${pad(window, 25)} ${counts}${rejected}${failure}`);
    for (const error of source.errors.slice(0, 3)) {
      lines.push(c.dim(`      line ${error.line}: ${error.reason}`));
    }
    if (source.errors.length > 3) lines.push(c.dim(`      \u2026 ${source.rejected - 3} more rejected records (see the JSON report)`));
  }
  lines.push("");
  lines.push(c.bold("Subjects"));
  const statusLine = ["active", "inactive", "never-used", "unknown"].map((status) => `${s.byStatus[status]} ${status}`).join(" \xB7 ");
  lines.push(`  ${s.subjects} subjects: ${statusLine}`);
  const interesting = options.verbose ? report.subjects : report.subjects.filter((subject) => subject.status !== "active");
  for (const subject of interesting) lines.push(`  ${subjectLine(subject, c)}`);
  lines.push("");
  const visible = report.findings.filter((f) => !f.suppressed);
  if (visible.length === 0) {
    lines.push(c.green("No findings."));
  } else {
    lines.push(c.bold(`Findings (${visible.length})`));
    for (const severity2 of SEVERITY_ORDER) {
      for (const finding2 of visible.filter((f) => f.severity === severity2)) {
        lines.push(...findingLines(finding2, severityColour[severity2], c, options.width ?? 120));
      }
    }
  }
  lines.push("");
  const bySeverity = SEVERITY_ORDER.map((sev) => `${s.bySeverity[sev]} ${sev}`).join(", ");
  const reclaim = s.reclaimable.length ? ` \xB7 reclaimable: ${s.reclaimable.map((r) => `${r.amount.toLocaleString("en-US")} ${r.currency}/year`).join(", ")}` : "";
  const suppressed = s.suppressed ? ` \xB7 ${s.suppressed} suppressed` : "";
  const verdict = s.blocking > 0 ? c.red(c.bold(`${s.blocking} blocking (fail-on: ${report.failOn})`)) : c.green(`nothing blocks (fail-on: ${report.failOn})`);
  lines.push(`${s.findings} findings (${bySeverity})${suppressed}${reclaim} \xB7 ${verdict}`);
  return `${lines.join("\n")}
`;
}
function subjectLine(subject, c) {
  const last = subject.lastMeaningfulUse ? `last used ${subject.lastMeaningfulUse.slice(0, 10)}` : subject.neverUsed ? "never used" : "last use unknown";
  const text3 = pad(subject.status, 11);
  const status = subject.status === "active" ? c.green(text3) : subject.status === "unknown" ? c.magenta(text3) : c.yellow(text3);
  const spark = subject.weeks ? ` ${c.dim(sparkline(subject.weeks))}` : "";
  return `${pad(subject.id, 34)} ${status} ${pad(last, 26)}${spark}${subject.declared ? "" : c.dim(" (undeclared)")}`;
}
function findingLines(finding2, colour, c, width) {
  const where3 = finding2.location ? `${finding2.location.path}:${finding2.location.line}` : "";
  const subject = finding2.credential ? `${finding2.subject} / ${finding2.credential}` : finding2.subject;
  const head = `  ${colour(pad(finding2.severity.toUpperCase(), 8))} ${pad(finding2.rule, 20)} ${subject}${finding2.blocking ? c.red(" [blocking]") : ""}${where3 ? c.dim(`  ${where3}`) : ""}`;
  return [head, ...wrap(finding2.message, width - 6).map((l) => `      ${l}`), ...wrap(`\u2192 ${finding2.remediation}`, width - 6).map((l) => c.dim(`      ${l}`))];
}
function wrap(text3, width) {
  const out = [];
  for (const paragraph of text3.split("\n")) {
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line && line.length + word.length + 1 > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

// src/report/json.ts
function renderJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/markdown.ts
var ICON = { critical: "\u{1F7E5}", high: "\u{1F7E7}", medium: "\u{1F7E8}", low: "\u{1F7E6}" };
function cell(text3) {
  return text3.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").replace(/</g, "&lt;");
}
function findingRow(finding2, weeks) {
  const where3 = finding2.location ? `\`${finding2.location.path}:${finding2.location.line}\`` : "";
  const subject = finding2.credential ? `\`${finding2.subject}\` / \`${finding2.credential}\`` : `\`${finding2.subject}\``;
  const shape = weeks.get(finding2.subject);
  return `| ${ICON[finding2.severity]} ${finding2.severity} | \`${finding2.rule}\` | ${subject} | ${cell(finding2.message)}<br>**Fix:** ${cell(finding2.remediation)} | ${where3} | ${shape ? `\`${sparkline(shape)}\`` : ""} |`;
}
var TABLE_HEAD = ["| severity | rule | subject | finding | declared at | last 26 weeks |", "|---|---|---|---|---|---|"];
function renderMarkdown(report, options) {
  const s = report.summary;
  const head = [];
  if (options.marker) head.push(options.marker);
  head.push(`## ${options.title ?? "lastseen"}`, "");
  const counts = ["critical", "high", "medium", "low"].map((sev) => `${ICON[sev]} ${s.bySeverity[sev]} ${sev}`).join(" \xB7 ");
  head.push(
    s.blocking > 0 ? `**${s.blocking} blocking finding${s.blocking === 1 ? "" : "s"}** (fail-on: \`${report.failOn}\`)` : options.pullRequest && s.findings > 0 && !report.findings.some((f) => f.changed && !f.suppressed) ? `**All clear:** nothing on the lines this pull request changes (fail-on: \`${report.failOn}\`).` : s.findings > 0 ? `**Nothing blocks** (fail-on: \`${report.failOn}\`)` : "**No findings.** Every identity is owned, rotated and used.",
    "",
    `${s.subjects} subjects (${s.byStatus.active} active, ${s.byStatus.inactive} inactive, ${s.byStatus["never-used"]} never used, ${s.byStatus.unknown} unknown) \xB7 ${s.findings} findings: ${counts}${s.suppressed ? ` \xB7 ${s.suppressed} suppressed` : ""}`
  );
  if (s.reclaimable.length) {
    head.push("", `Reclaimable licence spend: ${s.reclaimable.map((r) => `**${r.amount.toLocaleString("en-US")} ${r.currency}/year**`).join(", ")}`);
  }
  head.push("");
  const weeks = new Map(report.subjects.map((subject) => [subject.id, subject.weeks ?? []]));
  const visible = report.findings.filter((f) => !f.suppressed);
  const blocking = visible.filter((f) => f.blocking);
  const rest = visible.filter((f) => !f.blocking);
  const sections = [];
  if (blocking.length) sections.push({ title: `Blocking (${blocking.length})`, findings: blocking });
  if (options.pullRequest) {
    const onChanged = rest.filter((f) => f.changed);
    const preExisting = rest.filter((f) => !f.changed);
    if (onChanged.length) {
      sections.push({ title: `Non-blocking, on lines this pull request changes (${onChanged.length})`, findings: onChanged });
    }
    if (preExisting.length) {
      const title = `Pre-existing, on lines this pull request does not change (${preExisting.length})`;
      sections.push({ title, findings: preExisting });
    }
  } else if (rest.length) {
    sections.push({ title: `Other findings (${rest.length})`, findings: rest });
  }
  const tail = [];
  const troubled = report.sources.filter((source) => source.rejected > 0 || source.failure);
  if (troubled.length) {
    tail.push("", "<details><summary>Telemetry problems</summary>", "");
    for (const source of troubled) {
      const why = source.failure ? `could not be read: ${source.failure}` : `${source.rejected} of ${source.records} records rejected`;
      tail.push(`- \`${source.type}\` ${source.path ? `\`${source.path}\`` : ""}: ${cell(why)}`);
      for (const error of source.errors.slice(0, 5)) tail.push(`  - line ${error.line}: ${cell(error.reason)}`);
    }
    tail.push("", "</details>");
  }
  tail.push("", `<sub>lastseen ${report.tool.version} \xB7 evaluated at ${report.now}</sub>`);
  let out = head.join("\n");
  const tailText = tail.join("\n");
  let omitted = 0;
  let full = false;
  for (const section of sections) {
    const sectionHead = `
### ${section.title}

${TABLE_HEAD.join("\n")}
`;
    if (full || out.length + sectionHead.length + tailText.length + 400 > options.budget) {
      full = true;
      omitted += section.findings.length;
      continue;
    }
    out += sectionHead;
    for (const finding2 of section.findings) {
      const row = `${findingRow(finding2, weeks)}
`;
      if (full || out.length + row.length + tailText.length + 400 > options.budget) {
        full = true;
        omitted++;
        continue;
      }
      out += row;
    }
  }
  if (omitted > 0) {
    out += `
> [!NOTE]
> ${omitted} more finding${omitted === 1 ? "" : "s"} did not fit here${options.detailsUrl ? `: see [the full report](${options.detailsUrl})` : ""}; the JSON report and SARIF have all of them.
`;
  }
  return out + tailText + "\n";
}

// src/scan.ts
import path5 from "node:path";

// src/config/load.ts
import { realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import path4 from "node:path";

// src/sources/files.ts
import { createReadStream, promises as fs, realpathSync, statSync } from "node:fs";
import path2 from "node:path";
import { createGunzip } from "node:zlib";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad2 = n.some(isPadded);
  const cost = pad2 ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad2) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic2, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic2 || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic2, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic2;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic2, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic2 = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic2 = hasMagic2 || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic2 = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic2, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape2 = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set);
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set = this.set;
    if (!set.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set = this.set;
    this.debug(this.pattern, "set", set);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape2;
minimatch.unescape = unescape;

// src/sources/files.ts
var MAX_GLOB_FILES = 1e4;
function relativeToWorkspace(workspace, absolutePath) {
  return path2.relative(workspace, absolutePath).split(path2.sep).join("/") || ".";
}
function assertInsideWorkspace(workspace, absolutePath, at) {
  const root = safeRealpath(workspace);
  const real = safeRealpath(absolutePath);
  const rel = path2.relative(root, real);
  if (rel === "" || !rel.startsWith("..") && !path2.isAbsolute(rel)) return;
  throw new InputError(
    `${JSON.stringify(displayPath(workspace, absolutePath))} is outside the workspace (${root}); lastseen reads only files inside it. Move the file into the repository or change --workspace.`,
    at
  );
}
function displayPath(workspace, p) {
  const rel = path2.relative(workspace, p);
  return rel.split(path2.sep).join("/");
}
function safeRealpath(p) {
  try {
    return realpathSync(p);
  } catch {
    const parent = path2.dirname(p);
    if (parent === p) return p;
    return path2.join(safeRealpath(parent), path2.basename(p));
  }
}
function hasMagic(pattern) {
  return /[*?[\]{}]/.test(pattern);
}
async function expandPaths(pattern, baseDir, workspace, at, maxFiles = MAX_GLOB_FILES) {
  if (pattern.includes("\0")) throw new InputError("a path may not contain a NUL byte", at);
  const absolutePattern = path2.resolve(baseDir, pattern);
  if (!hasMagic(pattern)) {
    assertInsideWorkspace(workspace, absolutePattern, at);
    let stat;
    try {
      stat = statSync(absolutePattern);
    } catch {
      throw new InputError(`${displayPath(workspace, absolutePattern)}: no such file`, at);
    }
    if (!stat.isFile()) throw new InputError(`${displayPath(workspace, absolutePattern)}: not a file`, at);
    return [absolutePattern];
  }
  const posix = absolutePattern.split(path2.sep).join("/");
  const segments = posix.split("/");
  const staticSegments = [];
  for (const segment of segments) {
    if (hasMagic(segment)) break;
    staticSegments.push(segment);
  }
  const root = staticSegments.join("/") || "/";
  assertInsideWorkspace(workspace, root, at);
  const found = [];
  await walk(root, posix, found, workspace, at, maxFiles);
  return found.sort();
}
async function walk(dir, pattern, found, workspace, at, maxFiles) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  for (const entry of entries) {
    if (entry.name === "node_modules" || entry.name === ".git") continue;
    const full = `${dir === "/" ? "" : dir}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const stat = statSync(full);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      } catch {
        continue;
      }
      if (isDir) continue;
    }
    if (isDir) {
      if (minimatch(full, pattern, { partial: true, dot: false })) {
        await walk(full, pattern, found, workspace, at, maxFiles);
      }
    } else if (isFile && minimatch(full, pattern, { dot: false })) {
      assertInsideWorkspace(workspace, full, at);
      found.push(full);
      if (found.length > maxFiles) {
        throw new InputError(
          `the pattern matches more than ${maxFiles} files; narrow it so a scan stays bounded`,
          at
        );
      }
    }
  }
}
function openSourceFile(absolutePath, workspace) {
  const size = statSync(absolutePath).size;
  return {
    absolutePath,
    path: relativeToWorkspace(workspace, absolutePath),
    size,
    open() {
      const raw = createReadStream(absolutePath, { highWaterMark: 1 << 20 });
      if (!absolutePath.endsWith(".gz")) return raw;
      const gunzip = createGunzip();
      raw.on("error", (error) => gunzip.destroy(error));
      return raw.pipe(gunzip);
    }
  };
}

// src/config/normalise.ts
init_config();
import path3 from "node:path";

// src/model/time.ts
var HOUR = 36e5;
var DAY = 864e5;
var WEEK = 7 * DAY;
function endOfUtcDay(t) {
  return Math.floor(t / DAY) * DAY + DAY - 1;
}
function iso(t) {
  return t === null || t === void 0 || !Number.isFinite(t) ? null : new Date(t).toISOString();
}
function days(ms) {
  return Math.floor(ms / DAY);
}
function formatDuration(ms) {
  if (ms % DAY === 0) return `${ms / DAY}d`;
  if (ms % HOUR === 0) return `${ms / HOUR}h`;
  return `${Math.round(ms / 6e4)}m`;
}

// src/config/validate.ts
var import_ajv = __toESM(require_ajv(), 1);

// schema/lastseen.schema.json
var lastseen_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  title: "lastseen inventory (lastseen.yml)",
  description: "The non-human identities a repository declares, the telemetry that proves their use, and the policy they are judged by. Keys are kebab-case; durations are like 90d, 12w or 36h; dates are ISO 8601 (a bare date is UTC midnight).",
  type: "object",
  required: ["version"],
  additionalProperties: false,
  properties: {
    $schema: {
      description: "The JSON Schema this file follows, for editors.",
      type: "string"
    },
    version: {
      description: "Version of the file format. Always 1.",
      const: 1
    },
    policy: { $ref: "#/definitions/policy" },
    sources: {
      description: "Telemetry exports (or live APIs) that show when principals and credentials were last used.",
      type: "array",
      items: { $ref: "#/definitions/source" }
    },
    people: {
      description: "HR or IdP exports that tell who can own things and whether they are still here. Source entries like those under `sources`.",
      type: "array",
      items: { $ref: "#/definitions/source" }
    },
    include: { $ref: "#/definitions/include" },
    discover: { $ref: "#/definitions/discover" },
    identities: {
      description: "The declared non-human identities: who owns each, what it is for, which principals and credentials it claims.",
      type: "array",
      items: { $ref: "#/definitions/identity" }
    }
  },
  definitions: {
    "included-file": {
      description: "A file named by `include`: more identities, sources and people. Policy lives only in the main file.",
      type: "object",
      additionalProperties: false,
      properties: {
        $schema: { description: "The JSON Schema this file follows, for editors.", type: "string" },
        version: { description: "Version of the file format. Always 1.", const: 1 },
        sources: {
          description: "Telemetry exports (or live APIs) that show when principals and credentials were last used.",
          type: "array",
          items: { $ref: "#/definitions/source" }
        },
        people: {
          description: "HR or IdP exports that tell who can own things and whether they are still here.",
          type: "array",
          items: { $ref: "#/definitions/source" }
        },
        identities: {
          description: "More declared non-human identities.",
          type: "array",
          items: { $ref: "#/definitions/identity" }
        }
      }
    },
    duration: {
      description: "A duration: a whole number followed by h (hours), d (days) or w (weeks), e.g. 36h, 90d, 12w.",
      type: "string",
      pattern: "^[0-9]{1,6}[hdw]$",
      examples: ["90d", "12w", "36h"]
    },
    date: {
      description: "An ISO 8601 date (2027-01-15, meaning UTC midnight) or date and time with a zone (2026-11-24T06:00:00Z).",
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?))?$",
      examples: ["2027-01-15", "2026-11-24T06:00:00Z"]
    },
    text: {
      type: "string",
      minLength: 1
    },
    "text-list": {
      type: "array",
      items: { $ref: "#/definitions/text" }
    },
    severity: {
      type: "string",
      enum: ["low", "medium", "high", "critical"]
    },
    "rule-name": {
      description: "A lastseen rule.",
      type: "string",
      enum: [
        "unowned",
        "owner-offboarded",
        "unrotated",
        "expiring",
        "expired",
        "no-expiry",
        "inactive",
        "never-used",
        "reactivated",
        "login-only",
        "human-use",
        "outside-cadence",
        "undeclared",
        "no-telemetry",
        "stale-telemetry",
        "review-overdue",
        "licence-reclaim",
        "suppression-expired",
        "secret-in-config"
      ]
    },
    "rule-override": {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: { description: "false turns the rule off.", type: "boolean" },
        severity: {
          description: "The severity the rule's findings get instead of their own.",
          $ref: "#/definitions/severity"
        }
      }
    },
    policy: {
      description: "Thresholds every identity is judged by (an identity's own `policy` overrides them).",
      type: "object",
      additionalProperties: false,
      properties: {
        "inactive-after": {
          description: "No meaningful use for longer than this \u2192 inactive. Default 90d.",
          $ref: "#/definitions/duration"
        },
        "rotate-every": {
          description: "An active credential older than this since its creation or rotation \u2192 unrotated. Default 90d.",
          $ref: "#/definitions/duration"
        },
        "expiry-warning": {
          description: "A credential expiring within this \u2192 expiring. Default 30d.",
          $ref: "#/definitions/duration"
        },
        "reactivation-gap": {
          description: "An idle gap at least this long followed by use \u2192 reactivated. Default 90d.",
          $ref: "#/definitions/duration"
        },
        "review-every": {
          description: "An ownership attestation (reviewed.on) older than this \u2192 review-overdue. Default 90d.",
          $ref: "#/definitions/duration"
        },
        "telemetry-max-age": {
          description: "A telemetry export older than this \u2192 stale-telemetry. Default 7d.",
          $ref: "#/definitions/duration"
        },
        "fail-on": {
          description: "The lowest severity that fails the run; none only reports. Default high.",
          type: "string",
          enum: ["none", "low", "medium", "high", "critical"]
        },
        "require-expiry": {
          description: "Credentials must expire: no-expiry fires for those that do not. Default false.",
          type: "boolean"
        },
        rules: {
          description: "Per-rule overrides: { <rule>: { enabled, severity } }.",
          type: "object",
          additionalProperties: false,
          properties: {
            unowned: { $ref: "#/definitions/rule-override" },
            "owner-offboarded": { $ref: "#/definitions/rule-override" },
            unrotated: { $ref: "#/definitions/rule-override" },
            expiring: { $ref: "#/definitions/rule-override" },
            expired: { $ref: "#/definitions/rule-override" },
            "no-expiry": { $ref: "#/definitions/rule-override" },
            inactive: { $ref: "#/definitions/rule-override" },
            "never-used": { $ref: "#/definitions/rule-override" },
            reactivated: { $ref: "#/definitions/rule-override" },
            "login-only": { $ref: "#/definitions/rule-override" },
            "human-use": { $ref: "#/definitions/rule-override" },
            "outside-cadence": { $ref: "#/definitions/rule-override" },
            undeclared: { $ref: "#/definitions/rule-override" },
            "no-telemetry": { $ref: "#/definitions/rule-override" },
            "stale-telemetry": { $ref: "#/definitions/rule-override" },
            "review-overdue": { $ref: "#/definitions/rule-override" },
            "licence-reclaim": { $ref: "#/definitions/rule-override" },
            "suppression-expired": { $ref: "#/definitions/rule-override" },
            "secret-in-config": { $ref: "#/definitions/rule-override" }
          }
        }
      }
    },
    "identity-policy": {
      description: "This identity's own thresholds, overriding the top-level policy.",
      type: "object",
      additionalProperties: false,
      properties: {
        "inactive-after": {
          description: "No meaningful use for longer than this \u2192 inactive.",
          $ref: "#/definitions/duration"
        },
        "rotate-every": {
          description: "Credentials older than this \u2192 unrotated.",
          $ref: "#/definitions/duration"
        },
        "expiry-warning": {
          description: "A credential expiring within this \u2192 expiring.",
          $ref: "#/definitions/duration"
        },
        "reactivation-gap": {
          description: "An idle gap at least this long followed by use \u2192 reactivated.",
          $ref: "#/definitions/duration"
        },
        "review-every": {
          description: "reviewed.on older than this \u2192 review-overdue.",
          $ref: "#/definitions/duration"
        },
        "telemetry-max-age": {
          description: "Telemetry older than this \u2192 stale-telemetry.",
          $ref: "#/definitions/duration"
        },
        "require-expiry": { description: "This identity's credentials must expire.", type: "boolean" }
      }
    },
    "source-type": {
      description: "The export format (docs/sources.md says how to produce each).",
      type: "string",
      enum: [
        "aws-iam-credential-report",
        "aws-access-keys",
        "aws-access-analyzer",
        "gcp-service-account-keys",
        "gcp-activity",
        "azure-sp-signins",
        "azure-app-credentials",
        "github-audit-log",
        "github-pats",
        "github-deploy-keys",
        "github-actions-secrets",
        "github-app-installations",
        "okta-system-log",
        "k8s-audit",
        "vault-audit",
        "google-workspace-usage",
        "slack-member-analytics",
        "csv",
        "jsonl",
        "lastseen-summary"
      ]
    },
    source: {
      description: "One telemetry export: a file or glob (.gz too), relative to the file that names it.",
      type: "object",
      required: ["type"],
      additionalProperties: false,
      properties: {
        type: { $ref: "#/definitions/source-type" },
        name: { description: "A label for this source in reports.", $ref: "#/definitions/text" },
        path: {
          description: "File or glob, relative to the file that names this source. Optional only for GitHub types read live from the API.",
          $ref: "#/definitions/text"
        },
        window: {
          description: "What the export covers, back from its generation time (or from `until`).",
          $ref: "#/definitions/duration"
        },
        since: { description: "The start of what the export covers.", $ref: "#/definitions/date" },
        until: { description: "The end of what the export covers.", $ref: "#/definitions/date" },
        "generated-at": {
          description: "When the export was made, for exports that carry no generation time of their own.",
          $ref: "#/definitions/date"
        },
        columns: {
          description: "csv/jsonl mapping: field \u2192 column name (jsonl: dot path). principal is required; use, login, at, action, credential, created, status are optional.",
          type: "object",
          additionalProperties: { $ref: "#/definitions/text" }
        },
        never: {
          description: 'Values that mean "no value" (never, N/A, empty).',
          type: "array",
          items: { type: "string" }
        },
        meaningful: {
          description: "Globs over the action name that count as meaningful use; auth-like actions are excluded by default.",
          $ref: "#/definitions/text-list"
        },
        account: {
          description: "AWS account id, so user names become ARNs.",
          $ref: "#/definitions/text"
        },
        platform: {
          description: "The platform whose principals this export covers.",
          $ref: "#/definitions/text"
        },
        records: {
          description: "jsonl: dot path of the array of records inside each line (value, data.items), when a line holds many.",
          $ref: "#/definitions/text"
        },
        repo: {
          description: "GitHub repository (owner/name) for repository-scoped types.",
          $ref: "#/definitions/text"
        },
        repository: {
          description: "github-deploy-keys: the repository (owner/name) the saved keys belong to.",
          $ref: "#/definitions/text"
        },
        "unused-access-age": {
          description: "aws-access-analyzer: the analyzer's tracking period in days (1\u2013365), when its description is not included.",
          type: "integer",
          minimum: 1,
          maximum: 365
        },
        org: {
          description: "GitHub organisation for organisation-scoped types.",
          $ref: "#/definitions/text"
        },
        environment: {
          description: "GitHub environment, for environment secrets.",
          $ref: "#/definitions/text"
        },
        kind: {
          description: "The identity kind the principals of this export have.",
          $ref: "#/definitions/text"
        }
      },
      if: {
        type: "object",
        properties: {
          type: {
            enum: [
              "github-pats",
              "github-deploy-keys",
              "github-actions-secrets",
              "github-app-installations"
            ]
          }
        }
      },
      else: {
        type: "object",
        properties: { path: { $ref: "#/definitions/text" } },
        required: ["path"]
      }
    },
    include: {
      description: "More inventory files (paths or globs, relative to this file) with identities, sources and people.",
      anyOf: [{ $ref: "#/definitions/text" }, { $ref: "#/definitions/text-list" }],
      examples: ["teams/*.yml"]
    },
    discover: {
      description: "Declarations found in the repository (Terraform, Kubernetes, workflows). On by default; false turns it off.",
      anyOf: [
        { type: "boolean" },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            enabled: { description: "false turns discovery off.", type: "boolean" },
            paths: {
              description: "Globs, relative to this file, of the files to read. The defaults cover Terraform, Kubernetes YAML and workflows.",
              $ref: "#/definitions/text-list"
            }
          }
        }
      ]
    },
    schedule: {
      description: "When the identity runs: a cron string (UTC) or { cron, tolerance, tz }.",
      anyOf: [
        { $ref: "#/definitions/cron" },
        {
          type: "object",
          required: ["cron"],
          additionalProperties: false,
          properties: {
            cron: { $ref: "#/definitions/cron" },
            tolerance: {
              description: "How far from the schedule a use may be. Default 1h.",
              $ref: "#/definitions/duration"
            },
            tz: {
              description: "IANA time zone of the cron expression (default UTC).",
              $ref: "#/definitions/text"
            }
          }
        }
      ]
    },
    cron: {
      description: "A five-field cron expression (minute hour day month weekday) or @hourly, @daily, @weekly, @monthly, @yearly.",
      type: "string",
      pattern: "^\\s*(@(hourly|daily|weekly|monthly|yearly|annually)|\\S+(\\s+\\S+){4})\\s*$"
    },
    credential: {
      description: "A credential of this identity, with the facts declared where no source reports them.",
      type: "object",
      required: ["id"],
      additionalProperties: false,
      properties: {
        id: {
          description: "The credential id as sources report it (access_key_1, an AccessKeyId, token:3001, a key id).",
          $ref: "#/definitions/text"
        },
        "rotate-every": {
          description: "This credential's rotation period.",
          $ref: "#/definitions/duration"
        },
        created: {
          description: "When the credential was created or last rotated.",
          $ref: "#/definitions/date"
        },
        expires: { description: "When the credential expires.", $ref: "#/definitions/date" }
      }
    },
    suppression: {
      description: "Silences one rule for this identity until a date, with a reason and who decided.",
      type: "object",
      required: ["rule", "until", "reason", "by"],
      additionalProperties: false,
      properties: {
        rule: { $ref: "#/definitions/rule-name" },
        until: {
          description: "The date the suppression ends (then suppression-expired fires).",
          $ref: "#/definitions/date"
        },
        reason: { description: "Why the finding is accepted.", $ref: "#/definitions/text" },
        by: {
          description: "Who accepted it (@user, @org/team or an e-mail).",
          $ref: "#/definitions/text"
        },
        credential: {
          description: "Limit the suppression to this credential id.",
          $ref: "#/definitions/text"
        }
      }
    },
    licence: {
      description: "What the identity's seat or licence costs, so a dormant one shows what reclaiming it saves.",
      type: "object",
      required: ["cost", "currency", "per"],
      additionalProperties: false,
      properties: {
        cost: { description: "The price per period.", type: "number", minimum: 0 },
        currency: { description: "ISO 4217 code (USD, EUR).", type: "string", pattern: "^[A-Z]{3}$" },
        per: { description: "The period the cost is for.", type: "string", enum: ["month", "year"] },
        renews: { description: "The next renewal date.", $ref: "#/definitions/date" },
        seats: { description: "How many seats the cost covers.", type: "integer", minimum: 1 }
      }
    },
    identity: {
      description: "A declared non-human identity.",
      type: "object",
      required: ["id"],
      additionalProperties: false,
      properties: {
        id: {
          description: "A stable slug, unique across the inventory: lowercase letters, digits, '.', '_' and '-'.",
          type: "string",
          pattern: "^[a-z0-9][a-z0-9._-]{0,127}$"
        },
        kind: {
          description: "What sort of identity this is.",
          type: "string",
          enum: [
            "service-account",
            "api-token",
            "deploy-key",
            "secret",
            "oauth-app",
            "github-app",
            "bot-user",
            "licence",
            "workload"
          ]
        },
        platform: {
          description: "Where it lives (aws, gcp, azure, github, okta, kubernetes, vault, \u2026).",
          $ref: "#/definitions/text"
        },
        owner: {
          description: "Who answers for it: @org/team, @user or an e-mail. null means not yet known (unowned).",
          anyOf: [{ $ref: "#/definitions/text" }, { type: "null" }]
        },
        purpose: { description: "What it is for.", $ref: "#/definitions/text" },
        principals: {
          description: "Principal ids or globs (ARNs, e-mails, app:<slug>, secret:<NAME>, \u2026) this identity claims, matched against ids and aliases.",
          $ref: "#/definitions/text-list"
        },
        created: {
          description: "When it was created, where telemetry does not say; starts the grace period.",
          $ref: "#/definitions/date"
        },
        cadence: {
          description: "How often it is expected to be used; inactive only after max(inactive-after, 2 \xD7 cadence).",
          type: "string",
          enum: ["hourly", "daily", "weekly", "monthly", "quarterly", "yearly", "on-demand"]
        },
        schedule: { $ref: "#/definitions/schedule" },
        stores: {
          description: "The identity (or identity/credential) whose credential this one holds, e.g. a secret holding an AWS key.",
          type: "string",
          pattern: "^[a-z0-9][a-z0-9._-]{0,127}(/\\S+)?$"
        },
        reviewed: {
          description: "The last ownership attestation.",
          type: "object",
          required: ["by", "on"],
          additionalProperties: false,
          properties: {
            by: {
              description: "Who attested (@user, @org/team or an e-mail).",
              $ref: "#/definitions/text"
            },
            on: { description: "When.", $ref: "#/definitions/date" }
          }
        },
        credentials: {
          description: "Credentials this identity claims, with declared facts.",
          type: "array",
          items: { $ref: "#/definitions/credential" }
        },
        licence: { $ref: "#/definitions/licence" },
        suppress: {
          description: "Accepted findings: each needs rule, until, reason and by.",
          type: "array",
          items: { $ref: "#/definitions/suppression" }
        },
        policy: { $ref: "#/definitions/identity-policy" }
      }
    }
  }
};

// src/config/secrets.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/config/yaml.ts
var import_yaml = __toESM(require_dist(), 1);
import { promises as fs2 } from "node:fs";
var MAX_CONFIG_BYTES = 5 * 1024 * 1024;
var MAX_ALIAS_COUNT = 100;
var MAX_DEPTH = 32;
async function readYamlFile(absolutePath, workspace, at) {
  const path9 = relativeToWorkspace(workspace, absolutePath);
  let bytes;
  try {
    const stat = await fs2.stat(absolutePath);
    if (!stat.isFile()) throw new InputError(`${path9}: not a file`, at);
    if (stat.size > MAX_CONFIG_BYTES) throw tooLarge(path9, at);
    bytes = await fs2.readFile(absolutePath);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code2 = error.code;
    const reason = code2 === "ENOENT" ? "no such file" : code2 === "EACCES" ? "permission denied" : `cannot be read (${code2 ?? "unknown error"})`;
    throw new InputError(`${path9}: ${reason}`, at);
  }
  if (bytes.length > MAX_CONFIG_BYTES) throw tooLarge(path9, at);
  return parseYamlText(decode(bytes, path9), path9, absolutePath);
}
function tooLarge(path9, at) {
  return new InputError(
    `${path9}: larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MiB; an inventory this big is not plausible`,
    at
  );
}
function decode(bytes, path9) {
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const before = bytes.subarray(0, nul).toString("utf8");
    throw new ConfigurationError(
      "contains a NUL byte, expected a YAML text file",
      positionIn(before, before.length, path9)
    );
  }
  let text3;
  try {
    text3 = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const lenient = bytes.toString("utf8");
    throw new ConfigurationError(
      "is not valid UTF-8, expected a YAML text file",
      positionIn(lenient, lenient.indexOf("\uFFFD"), path9)
    );
  }
  return text3.charCodeAt(0) === 65279 ? text3.slice(1) : text3;
}
function positionIn(text3, offset, path9) {
  const upTo = text3.slice(0, Math.max(0, offset));
  const lines = upTo.split("\n");
  return { path: path9, line: lines.length, column: lines[lines.length - 1].length + 1 };
}
function parseYamlText(text3, path9, absolutePath = path9) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(text3, {
    version: "1.2",
    schema: "core",
    uniqueKeys: true,
    strict: true,
    prettyErrors: false,
    merge: false,
    lineCounter
  });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const { line, col } = lineCounter.linePos(problem.pos[0]);
    const location = { path: path9, line, column: col };
    throw new ConfigurationError(yamlMessage(problem.code, problem.message, text3, problem.pos[0]), location);
  }
  const file = { absolutePath, path: path9, text: text3, doc, lineCounter, data: void 0 };
  checkDepth(file);
  try {
    file.data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof RangeError)
      throw new ConfigurationError("is nested too deeply to read", { path: path9, line: 1, column: 1 });
    throw new ConfigurationError(
      `expands aliases (*name) more than ${MAX_ALIAS_COUNT} times, expected a plain inventory`,
      { path: path9, line: 1, column: 1 }
    );
  }
  return file;
}
function yamlMessage(code2, message, text3, offset) {
  if (code2 === "DUPLICATE_KEY") {
    const key = /^\s*("[^"\n]*"|'[^'\n]*'|[^:#\n]+?)\s*:/.exec(text3.slice(offset, offset + 200))?.[1];
    return `duplicate key${key ? ` ${JSON.stringify(key.replace(/^["']|["']$/g, ""))}` : ""}, expected each key once in a mapping`;
  }
  if (code2 === "MULTIPLE_DOCS") return "holds more than one YAML document (---), expected one";
  if (code2 === "TAG_RESOLVE_FAILED")
    return `${message.replace(/\.$/, "")}, expected plain values without YAML tags`;
  if (/call stack/i.test(message)) return "is nested too deeply to read";
  return `invalid YAML: ${message.replace(/\s+/g, " ").replace(/\.$/, "")}`;
}
function checkDepth(file) {
  const stack = [{ node: file.doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (!(0, import_yaml.isMap)(node) && !(0, import_yaml.isSeq)(node)) continue;
    if (depth >= MAX_DEPTH) {
      throw new ConfigurationError(
        `is nested more than ${MAX_DEPTH} levels deep, expected the shallow layout of lastseen.yml`,
        nodeLocation(file, node)
      );
    }
    for (const item of node.items) {
      if ((0, import_yaml.isPair)(item)) {
        stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
      } else {
        stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
}
function nodeLocation(file, node) {
  const range2 = node?.range;
  if (!range2) return { path: file.path, line: 1, column: 1 };
  const { line, col } = file.lineCounter.linePos(range2[0]);
  return { path: file.path, line, column: col };
}
function offsetLocation(file, offset) {
  const { line, col } = file.lineCounter.linePos(offset);
  return { path: file.path, line, column: col };
}
function findNode(file, at) {
  let found = { node: file.doc.contents };
  for (const segment of at) {
    let node = found.node;
    if ((0, import_yaml.isAlias)(node)) node = node.resolve(file.doc);
    if ((0, import_yaml.isMap)(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) return void 0;
      found = { node: pair.value, key: pair.key };
    } else if ((0, import_yaml.isSeq)(node)) {
      const item = node.items[Number(segment)];
      if (item === void 0) return void 0;
      found = { node: item };
    } else {
      return void 0;
    }
  }
  return found;
}
function keyText(key) {
  if ((0, import_yaml.isScalar)(key)) return String(key.value);
  return String(key);
}
function locate(file, at, part = "value") {
  for (let length = at.length; length >= 0; length--) {
    const found = findNode(file, at.slice(0, length));
    if (!found) continue;
    const preferKey = part === "key" && length === at.length;
    const node = preferKey && found.key ? found.key : found.node;
    const range2 = node?.range;
    if (range2 && range2[1] > range2[0]) return nodeLocation(file, node);
    if (found.key) return nodeLocation(file, found.key);
    if (range2) return nodeLocation(file, node);
  }
  return { path: file.path, line: 1, column: 1 };
}

// src/config/secrets.ts
var PATTERNS = [
  {
    kind: "private key",
    pattern: /-----BEGIN ((RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----[^-]*(?:-----END [A-Z ]*PRIVATE KEY( BLOCK)?-----)?/,
    keep: (match2) => `${/^-----BEGIN [A-Z ]*-----/.exec(match2)[0]}****`
  },
  { kind: "GitHub token", pattern: /\bgh[pousr]_[A-Za-z0-9]{30,}/, keep: 4 },
  { kind: "GitHub token", pattern: /\bgithub_pat_[A-Za-z0-9_]{30,}/, keep: 11 },
  { kind: "Slack token", pattern: /\bxox[baprse]-[A-Za-z0-9-]{10,}/, keep: 5 },
  {
    kind: "Slack webhook URL",
    pattern: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/]{20,}/,
    keep: 32
  },
  {
    kind: "JSON web token",
    pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/,
    keep: 3
  },
  { kind: "Google API key", pattern: /\bAIza[0-9A-Za-z_-]{35}/, keep: 4 },
  { kind: "Stripe secret key", pattern: /\b[rs]k_live_[0-9A-Za-z]{16,}/, keep: 8 },
  { kind: "GitLab token", pattern: /\bglpat-[A-Za-z0-9_-]{20,}/, keep: 6 },
  { kind: "npm token", pattern: /\bnpm_[A-Za-z0-9]{36}/, keep: 4 },
  {
    kind: "password in URL",
    pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:(?![$%{<])[^\s/@]{3,}@/i,
    keep: (match2) => `${match2.slice(0, match2.lastIndexOf(":") + 1)}****@`
  }
];
var SECRET_KEY = /(pass(word|wd|phrase)?|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key|auth)/i;
var ACCESS_KEY_ID = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
var AWS_SECRET = /(?<![A-Za-z0-9/+])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])/;
function looksLikeSecret(value, context = {}) {
  for (const { kind, pattern } of PATTERNS) if (pattern.test(value)) return kind;
  return contextualKind(value, context);
}
function contextualKind(value, context) {
  const awsSecret = AWS_SECRET.exec(value)?.[0];
  const secretKey = context.key !== void 0 && SECRET_KEY.test(context.key);
  if (awsSecret && looksRandom(awsSecret) && (secretKey || context.nearAccessKeyId || ACCESS_KEY_ID.test(value))) {
    return "AWS secret access key";
  }
  if (secretKey && !/\s/.test(value) && value.length >= 16 && looksRandom(value)) return "secret value";
  return void 0;
}
function looksRandom(text3) {
  if (/^[0-9a-f]+$/i.test(text3) || !/[0-9]/.test(text3) || !/[A-Za-z]/.test(text3)) return false;
  const counts = /* @__PURE__ */ new Map();
  for (const char of text3) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count3 of counts.values()) entropy -= count3 / text3.length * Math.log2(count3 / text3.length);
  return entropy >= 3.5;
}
var ASSIGNMENT = /((?:pass(?:word|wd|phrase)?|pwd|secret|token|api[-_]?key|private[-_]?key|access[-_]?key)["']?(?:\s*=\s*|\s*:\s+|:(?=["']))["']?)([^\s"',;]{8,})/gi;
function redact(text3) {
  let out = text3;
  for (const { pattern, keep } of PATTERNS) {
    out = out.replace(
      new RegExp(pattern.source, `${pattern.flags}g`),
      (match2) => typeof keep === "number" ? `${match2.slice(0, keep)}****` : keep(match2)
    );
  }
  out = out.replace(ASSIGNMENT, (_match, assignment) => `${assignment}****`);
  if (ACCESS_KEY_ID.test(out)) {
    out = out.replace(new RegExp(AWS_SECRET.source, "g"), (match2) => looksRandom(match2) ? "****" : match2);
  }
  return out;
}
function findSecrets(file) {
  const found = [];
  const owners = identityRanges(file);
  const identityAt = (offset) => owners.find((range2) => offset >= range2.start && offset < range2.end)?.id;
  const add = (kind, start, location) => {
    const identity = identityAt(start);
    found.push({ location, kind, ...identity ? { identity } : {}, start });
  };
  visitScalars(file, (value, context, node) => {
    const kind = looksLikeSecret(value, context);
    if (kind && node.range) add(kind, node.range[0], nodeLocation(file, node));
  });
  for (const comment of comments(file.text)) {
    const kind = looksLikeSecret(comment.source);
    if (kind) add(kind, comment.offset, offsetLocation(file, comment.offset));
  }
  return found.sort((a, b) => a.start - b.start).map(({ location, kind, identity }) => ({ location, kind, ...identity ? { identity } : {} }));
}
function identityRanges(file) {
  const list = findNode(file, ["identities"])?.node;
  if (!(0, import_yaml2.isSeq)(list)) return [];
  const ranges = [];
  for (const item of list.items) {
    if (!(0, import_yaml2.isMap)(item) || !item.range) continue;
    const id = item.get("id");
    if (typeof id === "string") ranges.push({ id, start: item.range[0], end: item.range[2] });
  }
  return ranges;
}
function visitScalars(file, visit) {
  const walk2 = (node, key) => {
    if ((0, import_yaml2.isScalar)(node)) {
      if (typeof node.value === "string") visit(node.value, { key }, node);
      return;
    }
    if (!(0, import_yaml2.isMap)(node) && !(0, import_yaml2.isSeq)(node)) return;
    const values = node.items.map((item) => (0, import_yaml2.isPair)(item) ? item.value : item);
    const nearAccessKeyId = values.some(
      (value) => (0, import_yaml2.isScalar)(value) && typeof value.value === "string" && ACCESS_KEY_ID.test(value.value)
    );
    for (const item of node.items) {
      if ((0, import_yaml2.isPair)(item)) {
        const name = keyText(item.key);
        if ((0, import_yaml2.isScalar)(item.key) && typeof item.key.value === "string") visit(item.key.value, {}, item.key);
        if ((0, import_yaml2.isScalar)(item.value) && typeof item.value.value === "string") {
          visit(item.value.value, { key: name, nearAccessKeyId }, item.value);
        } else {
          walk2(item.value, name);
        }
      } else if ((0, import_yaml2.isScalar)(item) && typeof item.value === "string") {
        visit(item.value, { key, nearAccessKeyId }, item);
      } else {
        walk2(item, key);
      }
    }
  };
  walk2(file.doc.contents, void 0);
}
function comments(text3) {
  const out = [];
  const stack = [...new import_yaml2.Parser().parse(text3)];
  while (stack.length > 0) {
    const token = stack.pop();
    if (token === null || typeof token !== "object") continue;
    const { type, offset, source } = token;
    if (type === "comment" && typeof offset === "number" && typeof source === "string") {
      out.push({ offset, source });
      continue;
    }
    for (const child of Array.isArray(token) ? token : Object.values(token)) stack.push(child);
  }
  return out;
}

// src/config/suggest.ts
function editDistance(a, b) {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length];
}
function fold(word) {
  return word.toLowerCase().replace(/[-_\s]/g, "");
}
function closest(word, allowed) {
  if (word.length > 64) return void 0;
  const folded = fold(word);
  const limit = folded.length <= 4 ? 1 : folded.length <= 8 ? 2 : 3;
  let best;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(folded, fold(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}

// src/config/validate.ts
var MORE_PROBLEMS = 4;
var validators;
function validatorFor(role) {
  if (!validators) {
    const ajv = new import_ajv.Ajv({ allErrors: true, verbose: true, strict: true });
    ajv.addSchema(lastseen_schema_default, "lastseen");
    validators = {
      main: ajv.getSchema("lastseen"),
      included: ajv.getSchema("lastseen#/definitions/included-file")
    };
  }
  return validators[role];
}
var definitions = lastseen_schema_default.definitions;
var identityProperties = definitions.identity.properties;
var EXPECTED = /* @__PURE__ */ new Map([
  [definitions.duration, "a duration such as 90d, 12w or 36h"],
  [
    definitions.date,
    "an ISO 8601 date such as 2027-01-15, or a date and time with a zone such as 2026-11-24T06:00:00Z"
  ],
  [definitions.text, "non-empty text"],
  [definitions["text-list"], "a list of text"],
  [definitions.cron, 'a five-field cron expression such as "0 2 * * *", or @daily'],
  [definitions.schedule, "a cron expression, or { cron, tolerance, tz }"],
  [definitions.include, "a path or glob, or a list of them"],
  [definitions.discover, "true, false, or { enabled, paths }"],
  [
    identityProperties.id,
    'a slug: lowercase letters, digits, ".", "_" and "-", starting with a letter or digit'
  ],
  [identityProperties.owner, "@org/team, @user, an e-mail, or null"],
  [identityProperties.stores, "an identity id, or identity/credential such as other-identity/credential-id"],
  [definitions.licence.properties.currency, "a three-letter currency code such as USD"]
]);
var TYPE_WORDS = {
  string: "text",
  array: "a list",
  object: "a mapping (key: value)",
  boolean: "true or false",
  number: "a number",
  integer: "a whole number",
  null: "null"
};
function validateInventory(file, role) {
  if (file.data === null || file.data === void 0) {
    throw new ConfigurationError("is empty, expected at least `version: 1`", {
      path: file.path,
      line: 1,
      column: 1
    });
  }
  const validate = validatorFor(role);
  if (validate(file.data)) return;
  const problems = collapseAlternatives(validate.errors ?? []).map((issue) => describe(file, issue, role)).sort((a, b) => a.location.line - b.location.line || (a.location.column ?? 0) - (b.location.column ?? 0));
  const seen = /* @__PURE__ */ new Set();
  const unique2 = problems.filter((problem) => {
    const key = `${problem.location.line}:${problem.location.column}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  throw new ConfigurationError(joinProblems(unique2), unique2[0].location);
}
function joinProblems(problems) {
  const [first, ...rest] = problems;
  const lines = rest.slice(0, MORE_PROBLEMS).map(({ location, message }) => `  ${location.path}:${location.line}:${location.column}: ${message}`);
  if (rest.length > MORE_PROBLEMS) lines.push(`  \u2026 and ${rest.length - MORE_PROBLEMS} more`);
  return [first.message, ...lines].join("\n");
}
function collapseAlternatives(errors) {
  let pending = [];
  for (const error of errors) {
    if (error.keyword === "if") continue;
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") {
      pending.push({ error });
      continue;
    }
    const at = error.instancePath;
    const inside = (issue) => issue.error.instancePath === at || issue.error.instancePath.startsWith(`${at}/`);
    const branches = pending.filter(inside);
    pending = pending.filter((issue) => !inside(issue));
    const deeper = branches.filter(
      (issue) => issue.error.instancePath !== at || issue.error.keyword !== "type"
    );
    if (deeper.length > 0) pending.push(...deeper);
    else
      pending.push({
        error,
        expected: EXPECTED.get(error.parentSchema) ?? "one of the allowed forms"
      });
  }
  return pending;
}
function describe(file, issue, role) {
  const { error } = issue;
  const at = pointerSegments(error.instancePath);
  const where3 = displayPath2(at);
  const value = show(error.data);
  const parent = error.parentSchema;
  if (issue.expected)
    return { location: locate(file, at), message: `${where3} is ${value}, expected ${issue.expected}` };
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(error.params.additionalProperty);
      const location = locate(file, [...at, key], "key");
      const allowed = Object.keys(parent?.properties ?? {}).filter((name) => name !== "$schema");
      if (role === "included" && at.length === 0 && ["policy", "include", "discover"].includes(key)) {
        return {
          location,
          message: `"${key}" is not allowed in an included file, expected only identities, sources and people (${key} belongs in the main lastseen.yml)`
        };
      }
      const place2 = at.length === 0 ? "at the top level" : `in ${where3}`;
      const suggestion = closest(key, allowed);
      const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${allowed.join(", ")}`;
      return { location, message: `unknown key ${show(key)} ${place2}, ${hint}` };
    }
    case "required": {
      const missing = String(error.params.missingProperty);
      const place2 = at.length === 0 ? "at the top level" : `in ${where3}`;
      const required = error.schema.join(", ");
      let expected = `expected ${required}`;
      if (missing === "version") expected = "expected `version: 1`";
      else if (missing === "path")
        expected = `a ${String(error.data.type)} source reads a file: give its path (relative to this file)`;
      return { location: locate(file, at), message: `missing key "${missing}" ${place2}, ${expected}` };
    }
    case "enum": {
      const allowed = error.schema.map(String);
      const suggestion = typeof error.data === "string" ? closest(error.data, allowed) : void 0;
      const hint = suggestion ? `did you mean "${suggestion}"?` : `expected one of ${allowed.join(", ")}`;
      return { location: locate(file, at), message: `${where3} is ${value}, ${hint}` };
    }
    case "const":
      return {
        location: locate(file, at),
        message: `${where3} is ${value}, expected ${JSON.stringify(error.schema)}`
      };
    case "minimum":
      return {
        location: locate(file, at),
        message: `${where3} is ${value}, expected at least ${String(error.schema)}`
      };
    case "maximum":
      return {
        location: locate(file, at),
        message: `${where3} is ${value}, expected at most ${String(error.schema)}`
      };
    case "type":
    case "pattern":
    case "minLength": {
      const expected = EXPECTED.get(error.parentSchema) ?? typeWords(error);
      return { location: locate(file, at), message: `${where3} is ${value}, expected ${expected}` };
    }
    default:
      return { location: locate(file, at), message: `${where3} ${error.message ?? "is not valid"}` };
  }
}
function typeWords(error) {
  if (error.keyword === "type") {
    const types2 = [].concat(error.params.type);
    return types2.map((type) => TYPE_WORDS[type] ?? type).join(" or ");
  }
  if (error.keyword === "minLength") return "non-empty text";
  return `text matching ${String(error.params.pattern)}`;
}
function pointerSegments(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~")).map((part) => /^\d+$/.test(part) ? Number(part) : part);
}
function displayPath2(at) {
  if (at.length === 0) return "the file";
  return at.map((segment, i) => typeof segment === "number" ? `[${segment}]` : `${i === 0 ? "" : "."}${segment}`).join("");
}
function show(value) {
  if (typeof value === "string") {
    const text3 = redact(value);
    return JSON.stringify(text3.length > 60 ? `${text3.slice(0, 57)}\u2026` : text3);
  }
  if (Array.isArray(value)) return "a list";
  if (value !== null && typeof value === "object") return "a mapping";
  return String(value);
}

// src/config/values.ts
var UNIT = { h: HOUR, d: DAY, w: WEEK };
var MAX_DURATION = 100 * 365 * DAY;
function parseDuration(text3) {
  const match2 = /^(\d{1,6})([hdw])$/.exec(text3);
  if (!match2) return void 0;
  const ms = Number(match2[1]) * UNIT[match2[2]];
  return ms <= MAX_DURATION ? ms : void 0;
}
var DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|([+-])(\d{2})(?::?(\d{2}))?))?$/;
function parseConfigDate(text3) {
  const m = DATE_TIME.exec(text3);
  if (!m) return void 0;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const midnight = Date.UTC(year, month - 1, day);
  const check = new Date(midnight);
  if (year < 1970 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return void 0;
  if (m[4] === void 0) return midnight;
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return void 0;
  const millis = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1e3) : 0;
  let offset = 0;
  if (m[9]) {
    const [offsetHours, offsetMinutes] = [Number(m[10]), Number(m[11] ?? 0)];
    if (offsetHours > 14 || offsetMinutes > 59) return void 0;
    offset = (m[9] === "-" ? -1 : 1) * (offsetHours * HOUR + offsetMinutes * 6e4);
  }
  return midnight + hour * HOUR + minute * 6e4 + second * 1e3 + millis - offset;
}

// src/config/normalise.ts
var DEFAULT_DISCOVER_PATHS = [
  "**/*.tf",
  "**/*.tf.json",
  "**/*.yaml",
  "**/*.yml",
  ".github/workflows/*.yml",
  ".github/workflows/*.yaml"
];
var DEFAULT_SCHEDULE_TOLERANCE = HOUR;
var SOURCE_KEYS = /* @__PURE__ */ new Set(["type", "path", "window", "since", "until", "generated-at"]);
var Reader = class {
  constructor(file) {
    this.file = file;
  }
  file;
  duration(value, at) {
    const ms = parseDuration(String(value));
    if (ms === void 0) {
      const reason = `longer than ${MAX_DURATION / 864e5 / 365} years`;
      throw new ConfigurationError(
        `${displayPath2(at)} is ${JSON.stringify(value)}, ${reason}, expected a duration such as 90d`,
        locate(this.file, at)
      );
    }
    return ms;
  }
  date(value, at) {
    const t = parseConfigDate(String(value));
    if (t === void 0) {
      throw new ConfigurationError(
        `${displayPath2(at)} is ${JSON.stringify(value)}, not a calendar date (from 1970 on), expected a date such as 2027-01-15`,
        locate(this.file, at)
      );
    }
    return t;
  }
  optionalDuration(raw, key, at) {
    return raw[key] === void 0 ? void 0 : this.duration(raw[key], [...at, key]);
  }
  optionalDate(raw, key, at) {
    return raw[key] === void 0 ? void 0 : this.date(raw[key], [...at, key]);
  }
};
var DURATION_KEYS = [
  ["inactive-after", "inactiveAfter"],
  ["rotate-every", "rotateEvery"],
  ["expiry-warning", "expiryWarning"],
  ["reactivation-gap", "reactivationGap"],
  ["review-every", "reviewEvery"],
  ["telemetry-max-age", "telemetryMaxAge"]
];
function normalisePolicy(file, raw) {
  const policy = { ...DEFAULT_POLICY, rules: {} };
  if (!raw) return policy;
  const reader = new Reader(file);
  for (const [key, field2] of DURATION_KEYS) {
    const ms = reader.optionalDuration(raw, key, ["policy"]);
    if (ms !== void 0) policy[field2] = ms;
  }
  if (raw["fail-on"] !== void 0) policy.failOn = raw["fail-on"];
  if (raw["require-expiry"] !== void 0) policy.requireExpiry = raw["require-expiry"];
  for (const [rule, override] of Object.entries(raw.rules ?? {})) {
    const normalised = {};
    if (override.enabled !== void 0) normalised.enabled = override.enabled;
    if (override.severity !== void 0) normalised.severity = override.severity;
    policy.rules[rule] = normalised;
  }
  return policy;
}
function normaliseSources(file, raw, key) {
  const reader = new Reader(file);
  const baseDir = path3.dirname(file.absolutePath);
  return (raw ?? []).map((entry, i) => {
    const at = [key, i];
    const normalised = {
      type: entry.type,
      baseDir,
      options: Object.fromEntries(Object.entries(entry).filter(([name]) => !SOURCE_KEYS.has(name))),
      location: locate(file, at)
    };
    if (entry.path !== void 0) normalised.path = entry.path;
    const window = reader.optionalDuration(entry, "window", at);
    const since = reader.optionalDate(entry, "since", at);
    const until = reader.optionalDate(entry, "until", at);
    const generatedAt = reader.optionalDate(entry, "generated-at", at);
    if (window !== void 0) normalised.window = window;
    if (since !== void 0) normalised.since = since;
    if (until !== void 0) normalised.until = until;
    if (generatedAt !== void 0) normalised.generatedAt = generatedAt;
    if (window !== void 0 && since !== void 0) {
      throw new ConfigurationError(
        `${displayPath2(at)} gives both window and since, expected one of them (window counts back from until or the generation time)`,
        locate(file, [...at, "since"])
      );
    }
    if (since !== void 0 && until !== void 0 && since >= until) {
      throw new ConfigurationError(
        `${displayPath2(at)}.since is not before its until, expected since < until`,
        locate(file, [...at, "since"])
      );
    }
    return normalised;
  });
}
function normaliseDiscover(file, raw) {
  const baseDir = path3.dirname(file.absolutePath);
  const discover = { enabled: true, paths: [...DEFAULT_DISCOVER_PATHS], baseDir };
  if (typeof raw === "boolean") discover.enabled = raw;
  else if (raw && typeof raw === "object") {
    const given = raw;
    if (given.enabled !== void 0) discover.enabled = given.enabled;
    if (given.paths !== void 0) discover.paths = [...given.paths];
  }
  return discover;
}
function normaliseIdentities(file, raw) {
  const reader = new Reader(file);
  return (raw ?? []).map((entry, i) => normaliseIdentity(reader, entry, ["identities", i]));
}
function normaliseIdentity(reader, raw, at) {
  const file = reader.file;
  const identity = {
    id: raw.id,
    principals: [...raw.principals ?? []],
    credentials: (raw.credentials ?? []).map(
      (credential, i) => normaliseCredential(reader, credential, [...at, "credentials", i])
    ),
    suppress: (raw.suppress ?? []).map(
      (suppression, i) => normaliseSuppression(reader, suppression, [...at, "suppress", i])
    ),
    location: locate(file, at)
  };
  if (raw.kind !== void 0) identity.kind = raw.kind;
  if (raw.platform !== void 0) identity.platform = raw.platform;
  if ("owner" in raw) identity.owner = raw.owner;
  if (raw.purpose !== void 0) identity.purpose = raw.purpose;
  const created = reader.optionalDate(raw, "created", at);
  if (created !== void 0) identity.created = created;
  if (raw.cadence !== void 0) identity.cadence = raw.cadence;
  if (raw.schedule !== void 0)
    identity.schedule = normaliseSchedule(reader, raw.schedule, [...at, "schedule"]);
  if (raw.stores !== void 0) identity.stores = raw.stores;
  if (raw.reviewed !== void 0) {
    const reviewed = raw.reviewed;
    identity.reviewed = {
      by: reviewed.by,
      on: reader.date(reviewed.on, [...at, "reviewed", "on"])
    };
  }
  if (raw.licence !== void 0)
    identity.licence = normaliseLicence(reader, raw.licence, [...at, "licence"]);
  if (raw.policy !== void 0) {
    const given = raw.policy;
    const policy = {};
    for (const [key, field2] of DURATION_KEYS) {
      const ms = reader.optionalDuration(given, key, [...at, "policy"]);
      if (ms !== void 0) policy[field2] = ms;
    }
    if (given["require-expiry"] !== void 0) policy.requireExpiry = given["require-expiry"];
    identity.policy = policy;
  }
  const seen = /* @__PURE__ */ new Map();
  identity.credentials.forEach((credential, i) => {
    const first = seen.get(credential.id);
    if (first !== void 0) {
      throw new ConfigurationError(
        `credential id ${JSON.stringify(credential.id)} is declared twice in identity ${JSON.stringify(identity.id)} (also at line ${identity.credentials[first].location.line}), expected each credential once`,
        credential.location
      );
    }
    seen.set(credential.id, i);
  });
  return identity;
}
function normaliseCredential(reader, raw, at) {
  const credential = { id: raw.id, location: locate(reader.file, at) };
  const rotateEvery = reader.optionalDuration(raw, "rotate-every", at);
  const created = reader.optionalDate(raw, "created", at);
  const expires = reader.optionalDate(raw, "expires", at);
  if (rotateEvery !== void 0) credential.rotateEvery = rotateEvery;
  if (created !== void 0) credential.created = created;
  if (expires !== void 0) credential.expires = expires;
  return credential;
}
function normaliseSuppression(reader, raw, at) {
  const suppression = {
    rule: raw.rule,
    until: reader.date(raw.until, [...at, "until"]),
    reason: raw.reason,
    by: raw.by,
    location: locate(reader.file, at)
  };
  if (raw.credential !== void 0) suppression.credential = raw.credential;
  return suppression;
}
function normaliseSchedule(reader, raw, at) {
  if (typeof raw === "string") return { cron: raw.trim(), tolerance: DEFAULT_SCHEDULE_TOLERANCE };
  const given = raw;
  const schedule = {
    cron: given.cron.trim(),
    tolerance: reader.optionalDuration(given, "tolerance", at) ?? DEFAULT_SCHEDULE_TOLERANCE
  };
  if (given.tz !== void 0) {
    const tz = given.tz;
    try {
      new Intl.DateTimeFormat("en", { timeZone: tz });
    } catch {
      throw new ConfigurationError(
        `${displayPath2([...at, "tz"])} is ${JSON.stringify(tz)}, expected an IANA time zone such as Europe/Berlin or UTC`,
        locate(reader.file, [...at, "tz"])
      );
    }
    schedule.tz = tz;
  }
  return schedule;
}
function normaliseLicence(reader, raw, at) {
  const licence = {
    cost: raw.cost,
    currency: raw.currency,
    per: raw.per
  };
  const renews = reader.optionalDate(raw, "renews", at);
  if (renews !== void 0) licence.renews = renews;
  if (raw.seats !== void 0) licence.seats = raw.seats;
  return licence;
}

// src/config/load.ts
var CONFIG_LOOKUP = ["lastseen.yml", ".github/lastseen.yml"];
var MAX_INCLUDED_FILES = 1e3;
function findConfigPath(workspace) {
  for (const candidate of CONFIG_LOOKUP) {
    try {
      if (statSync2(path4.resolve(workspace, candidate)).isFile()) return candidate;
    } catch {
    }
  }
  return void 0;
}
async function loadConfig(options) {
  const workspace = path4.resolve(options.workspace);
  let isDirectory = false;
  try {
    isDirectory = statSync2(workspace).isDirectory();
  } catch {
  }
  if (!isDirectory) throw new InputError(`the workspace ${workspace} is not a folder`);
  const configPath = path4.resolve(workspace, options.config ?? lookup(workspace));
  assertInsideWorkspace(workspace, configPath);
  const main2 = await readInventory(configPath, workspace, "main");
  const data = main2.data;
  const files = [main2];
  const loaded = /* @__PURE__ */ new Set([realPath(configPath)]);
  for (const { pattern, at } of includePatterns(main2)) {
    const found = await expandPaths(pattern, path4.dirname(configPath), workspace, at, MAX_INCLUDED_FILES);
    for (const absolutePath of found) {
      const real = realPath(absolutePath);
      if (loaded.has(real)) continue;
      loaded.add(real);
      if (loaded.size > MAX_INCLUDED_FILES) {
        throw new ConfigurationError(
          `include names more than ${MAX_INCLUDED_FILES} files, expected fewer`,
          at
        );
      }
      files.push(await readInventory(absolutePath, workspace, "included", at));
    }
  }
  const sources = [];
  const people = [];
  const identities = [];
  const secrets = [];
  for (const file of files) {
    const raw = file.data;
    for (const key of ["sources", "people"]) {
      const entries = normaliseSources(file, raw[key], key);
      entries.forEach((entry, i) => {
        if (entry.path !== void 0)
          checkInside(entry.path, entry.baseDir, workspace, locate(file, [key, i, "path"]));
      });
      (key === "sources" ? sources : people).push(...entries);
    }
    identities.push(...normaliseIdentities(file, raw.identities));
    secrets.push(...findSecrets(file));
  }
  checkUniqueIds(identities);
  checkStores(identities, files);
  const discover = normaliseDiscover(main2, data.discover);
  discover.paths.forEach(
    (pattern, i) => checkInside(pattern, discover.baseDir, workspace, locate(main2, ["discover", "paths", i]))
  );
  return {
    version: 1,
    path: main2.path,
    workspace,
    files: files.map((file) => file.path),
    policy: normalisePolicy(main2, data.policy),
    sources,
    people,
    discover,
    identities,
    secrets
  };
}
function lookup(workspace) {
  const found = findConfigPath(workspace);
  if (found === void 0) {
    throw new InputError(
      `no inventory found: looked for ${CONFIG_LOOKUP.join(" and ")} in ${workspace}; create one with \`lastseen init\`, or name it with --config`
    );
  }
  return found;
}
function realPath(p) {
  try {
    return realpathSync2(p);
  } catch {
    return path4.resolve(p);
  }
}
function checkInside(pattern, baseDir, workspace, at) {
  const fixed = [];
  for (const segment of pattern.split(/[\\/]/)) {
    if (/[*?[\]{}]/.test(segment)) break;
    fixed.push(segment);
  }
  assertInsideWorkspace(workspace, path4.resolve(baseDir, fixed.join("/")), at);
}
async function readInventory(absolutePath, workspace, role, at) {
  const file = await readYamlFile(absolutePath, workspace, at);
  validateInventory(file, role);
  return file;
}
function includePatterns(file) {
  const include = file.data.include;
  if (include === void 0) return [];
  if (typeof include === "string") return [{ pattern: include, at: locate(file, ["include"]) }];
  return include.map((pattern, i) => ({ pattern, at: locate(file, ["include", i]) }));
}
function where(location) {
  return `${location.path}:${location.line}${location.column ? `:${location.column}` : ""}`;
}
function checkUniqueIds(identities) {
  const byId = /* @__PURE__ */ new Map();
  for (const identity of identities) {
    const first = byId.get(identity.id);
    if (first) {
      throw new ConfigurationError(
        `identity id ${JSON.stringify(identity.id)} is declared twice, at ${where(first.location)} and here, expected unique ids`,
        identity.location
      );
    }
    byId.set(identity.id, identity);
  }
}
function checkStores(identities, files) {
  const ids = identities.map((identity) => identity.id);
  const known = new Set(ids);
  for (const identity of identities) {
    if (identity.stores === void 0) continue;
    const target = identity.stores.split("/")[0];
    const suggestion = known.has(target) ? void 0 : closest(target, ids);
    if (suggestion === void 0) continue;
    const file = files.find((candidate) => candidate.path === identity.location.path);
    const index = file.data.identities.findIndex(
      (raw) => raw.id === identity.id
    );
    throw new ConfigurationError(
      `identities[${index}].stores names ${JSON.stringify(target)}, which is not declared, did you mean "${suggestion}"?`,
      locate(file, ["identities", index, "stores"])
    );
  }
}

// src/usage/day-bits.ts
var DayBits = class {
  base = 0;
  words = new Uint32Array(0);
  size = 0;
  add(day) {
    if (this.words.length === 0) {
      this.base = day - (day & 31);
      this.words = new Uint32Array(2);
    }
    let offset = day - this.base;
    if (offset < 0) {
      const shiftWords = Math.ceil(-offset / 32) + 1;
      const grown = new Uint32Array(this.words.length + shiftWords);
      grown.set(this.words, shiftWords);
      this.words = grown;
      this.base -= shiftWords * 32;
      offset = day - this.base;
    } else if (offset >= this.words.length * 32) {
      const grown = new Uint32Array(Math.max(this.words.length * 2, (offset >> 5) + 2));
      grown.set(this.words);
      this.words = grown;
    }
    const word = offset >> 5;
    const bit = 1 << (offset & 31);
    if ((this.words[word] & bit) === 0) {
      this.words[word] |= bit;
      this.size++;
    }
  }
  has(day) {
    const offset = day - this.base;
    if (offset < 0 || offset >= this.words.length * 32) return false;
    return (this.words[offset >> 5] & 1 << (offset & 31)) !== 0;
  }
  /** The days in ascending order. */
  toArray() {
    const out = [];
    for (let w = 0; w < this.words.length; w++) {
      let bits = this.words[w];
      while (bits !== 0) {
        const low = bits & -bits;
        out.push(this.base + w * 32 + (31 - Math.clz32(low)));
        bits ^= low;
      }
    }
    return out;
  }
};

// src/usage/accumulator.ts
var MAX_INTERACTIVE_SAMPLES = 5;
var UsageAccumulator = class {
  firstUse = Infinity;
  lastUse = -Infinity;
  firstMeaningfulUse = Infinity;
  lastMeaningfulUse = -Infinity;
  lastLogin = -Infinity;
  events = 0;
  meaningfulEvents = 0;
  loginEvents = 0;
  failedEvents = 0;
  interactiveEvents = 0;
  interactive = [];
  days = new DayBits();
  hourOfWeek;
  /** Folds one event in. `source` labels interactive evidence. */
  add(event, source) {
    this.events++;
    const at = event.at;
    if (!event.ok) {
      this.failedEvents++;
      return;
    }
    if (at < this.firstUse) this.firstUse = at;
    if (at > this.lastUse) this.lastUse = at;
    if (event.login) {
      this.loginEvents++;
      if (at > this.lastLogin) this.lastLogin = at;
    }
    if (event.interactive) {
      this.interactiveEvents++;
      this.sampleInteractive(at, event.detail ?? event.action ?? "interactive use", source);
    }
    if (event.meaningful) {
      this.meaningfulEvents++;
      this.markMeaningful(at);
    }
  }
  /**
   * A meaningful use known only as a time: a platform's last-used field. It moves the times and marks
   * the day, but is not an event (the counts stay those of events seen).
   */
  markMeaningful(at) {
    if (at < this.firstMeaningfulUse) this.firstMeaningfulUse = at;
    if (at > this.lastMeaningfulUse) this.lastMeaningfulUse = at;
    if (at < this.firstUse) this.firstUse = at;
    if (at > this.lastUse) this.lastUse = at;
    const day = Math.floor(at / DAY);
    this.days.add(day);
    if (!this.hourOfWeek) this.hourOfWeek = new Uint32Array(168);
    const hour = Math.floor((at - day * DAY) / HOUR);
    this.hourOfWeek[((day + 3) % 7 + 7) % 7 * 24 + hour]++;
  }
  sampleInteractive(at, detail, source) {
    const samples = this.interactive;
    if (samples.length < MAX_INTERACTIVE_SAMPLES) {
      samples.push({ at, detail, source });
      return;
    }
    let oldest = 0;
    for (let i = 1; i < samples.length; i++) if (samples[i].at < samples[oldest].at) oldest = i;
    if (samples[oldest].at < at) samples[oldest] = { at, detail, source };
  }
  /** Merges another accumulator into this one (a subject over its principals). */
  merge(other) {
    this.firstUse = Math.min(this.firstUse, other.firstUse);
    this.lastUse = Math.max(this.lastUse, other.lastUse);
    this.firstMeaningfulUse = Math.min(this.firstMeaningfulUse, other.firstMeaningfulUse);
    this.lastMeaningfulUse = Math.max(this.lastMeaningfulUse, other.lastMeaningfulUse);
    this.lastLogin = Math.max(this.lastLogin, other.lastLogin);
    this.events += other.events;
    this.meaningfulEvents += other.meaningfulEvents;
    this.loginEvents += other.loginEvents;
    this.failedEvents += other.failedEvents;
    this.interactiveEvents += other.interactiveEvents;
    for (const sample of other.interactive) this.sampleInteractive(sample.at, sample.detail, sample.source);
    for (const day of other.days.toArray()) this.days.add(day);
    if (other.hourOfWeek) {
      if (!this.hourOfWeek) this.hourOfWeek = new Uint32Array(168);
      for (let i = 0; i < 168; i++) this.hourOfWeek[i] += other.hourOfWeek[i];
    }
  }
  /** The plain-data view the rules and the report read. */
  toStats() {
    const finite = (n) => Number.isFinite(n) ? n : void 0;
    return {
      firstUse: finite(this.firstUse),
      lastUse: finite(this.lastUse),
      firstMeaningfulUse: finite(this.firstMeaningfulUse),
      lastMeaningfulUse: finite(this.lastMeaningfulUse),
      lastLogin: finite(this.lastLogin),
      events: this.events,
      meaningfulEvents: this.meaningfulEvents,
      loginEvents: this.loginEvents,
      failedEvents: this.failedEvents,
      interactiveEvents: this.interactiveEvents,
      interactive: [...this.interactive].sort((a, b) => b.at - a.at),
      days: this.days.toArray(),
      hourOfWeek: this.hourOfWeek ? Array.from(this.hourOfWeek) : new Array(168).fill(0)
    };
  }
};

// src/usage/fold.ts
function normalisePrincipalId(id) {
  return id.indexOf("@") === -1 ? id : id.toLowerCase();
}
function mergeLastUsed(into, at, reason) {
  if (typeof at === "number") {
    if (typeof into.at !== "number" || at > into.at) into.at = at;
  } else if (at === null) {
    if (into.at === void 0) into.at = null;
  } else if (reason && into.unknownReason === void 0) {
    into.unknownReason = reason;
  }
}
function minKnown(a, b) {
  if (typeof a === "number" && typeof b === "number") return Math.min(a, b);
  if (typeof a === "number") return a;
  if (typeof b === "number") return b;
  return a === null || b === null ? null : void 0;
}
var UsageFold = class {
  principals = /* @__PURE__ */ new Map();
  credentials = /* @__PURE__ */ new Map();
  principal(id) {
    let entry = this.principals.get(id);
    if (!entry) {
      entry = {
        id,
        aliases: /* @__PURE__ */ new Set(),
        usage: new UsageAccumulator(),
        sources: /* @__PURE__ */ new Set(),
        factSources: /* @__PURE__ */ new Set(),
        lastUsed: {},
        outOfScope: false,
        reported: false
      };
      this.principals.set(id, entry);
    }
    return entry;
  }
  /**
   * The entry of one credential of one principal. Credential ids are only unique per principal in some
   * formats (every IAM user has an `access_key_1`), so the key is both.
   */
  credential(principal, id) {
    const key = `${principal}
${id}`;
    let entry = this.credentials.get(key);
    if (!entry) {
      entry = {
        id,
        principal,
        usage: new UsageAccumulator(),
        sources: /* @__PURE__ */ new Set(),
        factSources: /* @__PURE__ */ new Set(),
        lastUsed: {},
        providerRotated: false
      };
      this.credentials.set(key, entry);
    }
    return entry;
  }
  /** The sink one source writes into; `label` names the source in evidence. */
  sinkFor(sourceIndex, label) {
    let lastPrincipalId = "";
    let lastPrincipal;
    return {
      usage: (event) => {
        let principal;
        if (event.principal === lastPrincipalId && lastPrincipal) {
          principal = lastPrincipal;
        } else {
          principal = this.principal(normalisePrincipalId(event.principal));
          lastPrincipalId = event.principal;
          lastPrincipal = principal;
        }
        principal.sources.add(sourceIndex);
        principal.usage.add(event, label);
        if (event.credential !== void 0) {
          const credential = this.credential(principal.id, event.credential);
          credential.sources.add(sourceIndex);
          credential.usage.add(event, label);
        }
      },
      credential: (fact) => {
        const principalId = normalisePrincipalId(fact.principal);
        const principal = this.principal(principalId);
        principal.sources.add(sourceIndex);
        principal.factSources.add(sourceIndex);
        principal.reported = true;
        const credential = this.credential(principalId, fact.credential);
        credential.sources.add(sourceIndex);
        credential.factSources.add(sourceIndex);
        credential.createdAt = minKnown(credential.createdAt, fact.createdAt);
        if (fact.rotatedAt !== void 0) {
          if (typeof fact.rotatedAt === "number" && (typeof credential.rotatedAt !== "number" || fact.rotatedAt > credential.rotatedAt)) {
            credential.rotatedAt = fact.rotatedAt;
          } else if (credential.rotatedAt === void 0) credential.rotatedAt = fact.rotatedAt;
        }
        if (fact.expiresAt !== void 0) credential.expiresAt = fact.expiresAt;
        mergeLastUsed(credential.lastUsed, fact.lastUsedAt, fact.lastUsedUnknownReason);
        if (typeof fact.lastUsedAt === "number") {
          credential.usage.markMeaningful(fact.lastUsedAt);
          principal.usage.markMeaningful(fact.lastUsedAt);
        }
        credential.active = fact.active;
        credential.state = fact.active ? void 0 : fact.state ?? "inactive";
        credential.providerRotated ||= fact.providerRotated === true;
        credential.credentialKind ??= fact.credentialKind;
      },
      principal: (fact) => {
        const principal = this.principal(normalisePrincipalId(fact.principal));
        principal.sources.add(sourceIndex);
        principal.factSources.add(sourceIndex);
        if (fact.outOfScope) principal.outOfScope = true;
        else principal.reported = true;
        for (const alias of fact.aliases) if (alias) principal.aliases.add(normalisePrincipalId(alias));
        principal.kind ??= fact.kind;
        principal.createdAt = minKnown(principal.createdAt, fact.createdAt);
        if (fact.disabled !== void 0) {
          principal.disabled = fact.disabled;
          principal.state = fact.disabled ? fact.state ?? "disabled" : void 0;
        }
        mergeLastUsed(principal.lastUsed, fact.lastUsedAt, fact.lastUsedUnknownReason);
        if (typeof fact.lastUsedAt === "number") principal.usage.markMeaningful(fact.lastUsedAt);
        if (typeof fact.lastLoginAt === "number") {
          if (typeof principal.lastLoginAt !== "number" || fact.lastLoginAt > principal.lastLoginAt) {
            principal.lastLoginAt = fact.lastLoginAt;
          }
          if (fact.lastLoginAt > principal.usage.lastLogin) principal.usage.lastLogin = fact.lastLoginAt;
          if (fact.lastLoginAt > principal.usage.lastUse) principal.usage.lastUse = fact.lastLoginAt;
        } else if (fact.lastLoginAt === null && principal.lastLoginAt === void 0) {
          principal.lastLoginAt = null;
        }
      },
      reject: () => {
      },
      accept: () => {
      }
    };
  }
};

// src/correlate/principals.ts
function rank(entry) {
  return (entry.reported ? 2 : 0) + (entry.id.includes(":") ? 1 : 0);
}
function groupPrincipals(fold2) {
  const parent = /* @__PURE__ */ new Map();
  const find = (id) => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root);
    let node = id;
    while (node !== root) {
      const next = parent.get(node);
      parent.set(node, root);
      node = next;
    }
    return root;
  };
  for (const id of fold2.principals.keys()) parent.set(id, id);
  for (const entry of fold2.principals.values()) {
    for (const alias of entry.aliases) {
      if (alias !== entry.id && fold2.principals.has(alias)) {
        const a = find(entry.id);
        const b = find(alias);
        if (a !== b) parent.set(a < b ? b : a, a < b ? a : b);
      }
    }
  }
  const members = /* @__PURE__ */ new Map();
  for (const entry of fold2.principals.values()) {
    const root = find(entry.id);
    let list = members.get(root);
    if (!list) members.set(root, list = []);
    list.push(entry);
  }
  const groups = [];
  const byName = /* @__PURE__ */ new Map();
  for (const entries of members.values()) {
    entries.sort((a, b) => rank(b) - rank(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const names = /* @__PURE__ */ new Set();
    for (const entry of entries) names.add(entry.id);
    for (const entry of entries) for (const alias of entry.aliases) names.add(alias);
    const group = { id: entries[0].id, names: [...names], entries };
    groups.push(group);
  }
  groups.sort((a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const group of groups) for (const entry of group.entries) byName.set(entry.id, group);
  for (const group of groups) for (const name of group.names) if (!byName.has(name)) byName.set(name, group);
  return { groups, byName };
}
function isPattern(text3) {
  return text3.includes("*") || text3.includes("?");
}
function patternMatcher(pattern) {
  const normalised = normalisePrincipalId(pattern);
  const source = normalised.split("").map((c) => c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")).join("");
  const regex = new RegExp(`^${source}$`, pattern.includes("@") ? "i" : "");
  return (name) => regex.test(name);
}
function platformOf(id) {
  if (id.startsWith("arn:aws")) return "aws";
  if (id.startsWith("system:serviceaccount:")) return "kubernetes";
  if (id.endsWith(".gserviceaccount.com")) return "gcp";
  if (/^(app|pat|deploy-key|secret):/.test(id) || /^token:\d+$/.test(id)) return "github";
  if (/^(approle|kubernetes|jwt|oidc|userpass|token|aws|cert|ldap|github):/.test(id)) return "vault";
  if (id.startsWith("api-token:")) return "okta";
  if (id.startsWith("tf:")) return "terraform";
  return void 0;
}

// src/correlate/subjects.ts
function correlate({ config, fold: fold2, sources }) {
  const index = groupPrincipals(fold2);
  const groupOfCredential = /* @__PURE__ */ new Map();
  const credentialsOfGroup = /* @__PURE__ */ new Map();
  for (const credential of fold2.credentials.values()) {
    const group = index.byName.get(credential.id) ?? index.byName.get(credential.principal);
    groupOfCredential.set(credential, group);
    if (group) {
      let list = credentialsOfGroup.get(group);
      if (!list) credentialsOfGroup.set(group, list = []);
      list.push(credential);
    }
  }
  const credentialsById = /* @__PURE__ */ new Map();
  for (const credential of fold2.credentials.values()) {
    let list = credentialsById.get(credential.id);
    if (!list) credentialsById.set(credential.id, list = []);
    list.push(credential);
  }
  const claimed = /* @__PURE__ */ new Set();
  const subjects = [];
  for (const identity of config.identities) {
    const claim = claimFor(identity, index.groups, index.byName, credentialsById, groupOfCredential);
    for (const group of claim.groups) claimed.add(group);
    subjects.push(buildSubject(identity, claim, credentialsOfGroup, groupOfCredential, sources));
  }
  for (const group of index.groups) {
    if (claimed.has(group) || group.entries.every((entry) => entry.outOfScope)) continue;
    if (group.entries.some((entry) => entry.outOfScope)) continue;
    const claim = { groups: /* @__PURE__ */ new Set([group]), unseen: [], credentials: /* @__PURE__ */ new Set() };
    subjects.push(buildSubject(void 0, claim, credentialsOfGroup, groupOfCredential, sources));
  }
  return subjects;
}
function claimFor(identity, groups, byName, credentialsById, groupOfCredential) {
  const claim = { groups: /* @__PURE__ */ new Set(), unseen: [], credentials: /* @__PURE__ */ new Set() };
  for (const pattern of identity.principals) {
    if (isPattern(pattern)) {
      const matches = patternMatcher(pattern);
      for (const group of groups) if (group.names.some(matches)) claim.groups.add(group);
    } else {
      const group = byName.get(normalisePrincipalId(pattern));
      if (group) claim.groups.add(group);
      else claim.unseen.push(normalisePrincipalId(pattern));
    }
  }
  for (const declared of identity.credentials) {
    const found = credentialsById.get(declared.id) ?? [];
    for (const credential of found) {
      const owner = groupOfCredential.get(credential);
      if (identity.principals.length === 0 || !owner || claim.groups.has(owner)) claim.credentials.add(credential);
    }
    if (found.length > 0) continue;
    if (identity.principals.length === 0) {
      const group = byName.get(normalisePrincipalId(declared.id));
      if (group) claim.groups.add(group);
    }
  }
  return claim;
}
function buildSubject(identity, claim, credentialsOfGroup, groupOfCredential, sources) {
  const usage = new UsageAccumulator();
  const sourceIndexes = /* @__PURE__ */ new Set();
  const principals = [];
  const aliases = [];
  const credentialEntries = /* @__PURE__ */ new Map();
  let createdAt;
  let disabled;
  let state;
  let lastUsedAt;
  let lastUsedUnknownReason;
  let reportedPlatform;
  const onlyCredentials = identity !== void 0 && identity.principals.length === 0 && claim.groups.size === 0;
  for (const group of claim.groups) {
    principals.push(group.id);
    for (const name of group.names) if (name !== group.id) aliases.push(name);
    for (const entry of group.entries) {
      usage.merge(entry.usage);
      for (const i of entry.sources) sourceIndexes.add(i);
      if (typeof entry.createdAt === "number") createdAt = typeof createdAt === "number" ? Math.min(createdAt, entry.createdAt) : entry.createdAt;
      else if (entry.createdAt === null && createdAt === void 0) createdAt = null;
      if (entry.disabled !== void 0) {
        disabled = entry.disabled;
        state = entry.state;
      }
      const at = entry.lastUsed.at;
      if (typeof at === "number") lastUsedAt = typeof lastUsedAt === "number" ? Math.max(lastUsedAt, at) : at;
      else if (at === null && lastUsedAt === void 0) lastUsedAt = null;
      lastUsedUnknownReason ??= entry.lastUsed.unknownReason;
      for (const i of entry.factSources) reportedPlatform ??= sources[i]?.platform;
    }
    for (const credential of credentialsOfGroup.get(group) ?? []) {
      mergeEntry(credentialEntries, credential);
      if (!group.entries.some((entry) => entry.id === credential.principal)) {
        usage.merge(credential.usage);
        for (const i of credential.sources) sourceIndexes.add(i);
      }
    }
  }
  for (const credential of claim.credentials) {
    if (credentialEntries.get(credential.id)?.includes(credential)) continue;
    mergeEntry(credentialEntries, credential);
    const owner = groupOfCredential.get(credential);
    if (!owner || !claim.groups.has(owner)) {
      usage.merge(credential.usage);
      for (const i of credential.sources) sourceIndexes.add(i);
    }
  }
  for (const id of claim.unseen) principals.push(id);
  const platform = identity?.platform ?? principals.map(platformOf).find((p) => p !== void 0) ?? reportedPlatform;
  sources.forEach((source, i) => {
    if (source.kind === "events" && platform !== void 0 && source.platform === platform) sourceIndexes.add(i);
  });
  const credentials = mergeCredentials(identity, credentialEntries, sources);
  const coverage = coverageOf([...sourceIndexes].sort((a, b) => a - b).map((i) => sources[i]));
  const stats = usage.toStats();
  const anyLastUsedKnown = lastUsedAt !== void 0 || credentials.some((c) => c.lastUsedAt !== void 0);
  if (coverage.sources.length > 0 && coverage.sources.every((s) => s.kind === "snapshot") && stats.events === 0 && !anyLastUsedKnown) {
    coverage.noUsageField = credentials.find((c) => c.lastUsedUnknownReason)?.lastUsedUnknownReason ?? lastUsedUnknownReason ?? `${coverage.sources.map((s) => s.type).join(", ")} has no usage field for it`;
  }
  const declaredCreated = identity?.created;
  return {
    id: identity?.id ?? principals[0],
    declared: identity !== void 0,
    identity,
    kind: identity?.kind ?? claimKind(claim),
    platform,
    owner: identity ? identity.owner ?? null : void 0,
    principals: onlyCredentials ? [] : principals,
    aliases: [...new Set(aliases)].sort(),
    createdAt: createdAt ?? declaredCreated,
    createdFrom: createdAt !== void 0 ? "telemetry" : declaredCreated !== void 0 ? "declared" : void 0,
    disabled,
    state,
    lastUsedAt,
    lastUsedUnknownReason,
    usage: stats,
    credentials,
    coverage,
    location: identity?.location ?? null,
    foundIn: identity ? void 0 : "telemetry"
  };
}
function mergeEntry(into, entry) {
  const list = into.get(entry.id);
  if (!list) into.set(entry.id, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}
function claimKind(claim) {
  for (const group of claim.groups) for (const entry of group.entries) if (entry.kind) return entry.kind;
  return void 0;
}
function mergeCredentials(identity, entriesById, sources) {
  const declaredById = /* @__PURE__ */ new Map();
  for (const declared of identity?.credentials ?? []) declaredById.set(declared.id, declared);
  const out = [];
  const ids = [...entriesById.keys()].sort();
  for (const id of ids) {
    const entries = entriesById.get(id);
    const withFacts = entries.filter((e) => e.factSources.size > 0);
    const groups = withFacts.length <= 1 ? [entries] : entries.map((e) => [e]);
    for (const group of groups) {
      const name = groups.length > 1 ? `${group[0].principal}#${id}` : id;
      out.push(credentialState(name, group, declaredById.get(id), identity, sources));
    }
    declaredById.delete(id);
  }
  for (const declared of declaredById.values()) {
    out.push({
      id: declared.id,
      providerRotated: false,
      createdAt: declared.created,
      createdFrom: declared.created !== void 0 ? "declared" : void 0,
      expiresAt: declared.expires,
      expiresFrom: declared.expires !== void 0 ? "declared" : void 0,
      usage: new UsageAccumulator().toStats(),
      rotateEvery: declared.rotateEvery,
      sources: [],
      location: declared.location,
      declared: true
    });
  }
  return out;
}
function credentialState(id, entries, declared, identity, sources) {
  const facts = entries.find((e) => e.factSources.size > 0) ?? entries[0];
  const usage = new UsageAccumulator();
  const sourceIndexes = /* @__PURE__ */ new Set();
  for (const entry of entries) {
    usage.merge(entry.usage);
    for (const i of entry.sources) sourceIndexes.add(i);
  }
  const telemetryCreated = facts.createdAt ?? void 0;
  const telemetryExpires = facts.expiresAt;
  return {
    id,
    principal: facts.principal,
    active: facts.active,
    state: facts.state,
    providerRotated: facts.providerRotated,
    credentialKind: facts.credentialKind,
    createdAt: telemetryCreated ?? declared?.created,
    createdFrom: telemetryCreated !== void 0 ? "telemetry" : declared?.created !== void 0 ? "declared" : void 0,
    rotatedAt: facts.rotatedAt,
    expiresAt: telemetryExpires !== void 0 ? telemetryExpires : declared?.expires,
    expiresFrom: telemetryExpires !== void 0 ? "telemetry" : declared?.expires !== void 0 ? "declared" : void 0,
    lastUsedAt: facts.lastUsed.at,
    lastUsedUnknownReason: facts.lastUsed.unknownReason,
    usage: usage.toStats(),
    rotateEvery: declared?.rotateEvery,
    sources: [...sourceIndexes].sort((a, b) => a - b).map((i) => sources[i]?.label ?? String(i)),
    location: declared?.location ?? identity?.location ?? null,
    declared: declared !== void 0
  };
}
function coverageOf(covering) {
  let windowFrom;
  let windowTo;
  for (const source of covering) {
    if (source.failed) continue;
    if (source.windowFrom !== void 0 && (windowFrom === void 0 || source.windowFrom < windowFrom)) windowFrom = source.windowFrom;
    if (source.windowTo !== void 0 && (windowTo === void 0 || source.windowTo > windowTo)) windowTo = source.windowTo;
  }
  return { sources: covering, windowFrom, windowTo };
}

// src/report/model.ts
init_config();
var WEEKS_SHOWN = 26;
function weeklyActivity(days2, now) {
  const weeks = new Array(WEEKS_SHOWN).fill(0);
  const end = Math.floor(now / DAY);
  for (const day of days2) {
    const ago = Math.floor((end - day) / 7);
    if (ago >= 0 && ago < WEEKS_SHOWN) weeks[WEEKS_SHOWN - 1 - ago]++;
  }
  return weeks;
}
function buildReport(input) {
  const subjects = input.subjects.map((subject) => {
    const verdict = input.verdict(subject);
    return {
      id: subject.id,
      declared: subject.declared,
      kind: subject.kind ?? null,
      platform: subject.platform ?? null,
      owner: subject.owner ?? null,
      principals: subject.principals,
      aliases: subject.aliases,
      location: subject.location,
      lastUse: iso(verdict.lastUse),
      lastMeaningfulUse: iso(verdict.lastMeaningfulUse),
      events: subject.usage.events,
      meaningfulEvents: subject.usage.meaningfulEvents,
      neverUsed: verdict.neverUsed,
      status: verdict.status,
      coverage: {
        sources: subject.coverage.sources.filter((s) => !s.failed).map((s) => s.label),
        window: { from: iso(subject.coverage.windowFrom), to: iso(subject.coverage.windowTo) }
      },
      credentials: subject.credentials.map((credential) => {
        const cv = input.credentialVerdict(subject, credential.id);
        return {
          id: credential.id,
          active: credential.active ?? true,
          state: credential.state ?? null,
          createdAt: iso(credential.createdAt),
          rotatedAt: iso(credential.rotatedAt),
          expiresAt: iso(credential.expiresAt),
          lastMeaningfulUse: iso(cv?.lastMeaningfulUse ?? null),
          neverUsed: cv ? cv.neverUsed : null,
          from: {
            ...credential.createdFrom ? { createdAt: credential.createdFrom } : {},
            ...credential.expiresFrom ? { expiresAt: credential.expiresFrom } : {}
          },
          sources: credential.sources
        };
      }),
      weeks: weeklyActivity(subject.usage.days, input.now)
    };
  });
  const counted = input.findings.filter((f) => !f.suppressed);
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const finding2 of counted) bySeverity[finding2.severity]++;
  const byStatus = { active: 0, inactive: 0, "never-used": 0, unknown: 0 };
  for (const subject of subjects) byStatus[subject.status]++;
  const reclaimable = /* @__PURE__ */ new Map();
  for (const finding2 of counted) {
    const saving = finding2.evidence.yearlySaving;
    if (finding2.rule === "licence-reclaim" && saving) {
      reclaimable.set(saving.currency, (reclaimable.get(saving.currency) ?? 0) + saving.amount);
    }
  }
  return {
    tool: { name: "lastseen", version: input.version },
    now: iso(input.now),
    config: input.config.path,
    failOn: input.failOn,
    summary: {
      subjects: subjects.length,
      findings: counted.length,
      bySeverity,
      blocking: counted.filter((f) => f.blocking).length,
      reclaimable: [...reclaimable.entries()].sort(([a], [b]) => a < b ? -1 : 1).map(([currency, amount]) => ({ amount: Math.round(amount * 100) / 100, currency, per: "year" })),
      byStatus,
      suppressed: input.findings.length - counted.length
    },
    sources: input.sources,
    subjects,
    findings: input.findings
  };
}

// src/rules/index.ts
init_config();

// src/rules/verdict.ts
var CADENCE_PERIOD = {
  hourly: HOUR,
  daily: DAY,
  weekly: 7 * DAY,
  monthly: 30 * DAY,
  quarterly: 91 * DAY,
  yearly: 365 * DAY,
  "on-demand": null
};
function policyFor(base, identity) {
  if (!identity?.policy) return base;
  const own = Object.fromEntries(Object.entries(identity.policy).filter(([, value]) => value !== void 0));
  return { ...base, ...own };
}
function inactivityThreshold(policy, cadence) {
  const period = cadence ? CADENCE_PERIOD[cadence] : null;
  return period === null ? policy.inactiveAfter : Math.max(policy.inactiveAfter, 2 * period);
}
function judgeActivity(evidence, now, threshold) {
  const createdAt = evidence.createdAt;
  const inGrace = createdAt !== null && now - createdAt <= threshold;
  const fieldUses = evidence.fields.filter(
    (f) => typeof f.value === "number"
  );
  const lastMeaningfulUse = latest([...evidence.lastMeaningfulUses, ...fieldUses.map((f) => f.value)]);
  const lastUse = latest([...evidence.lastUses, ...lastMeaningfulUse === null ? [] : [lastMeaningfulUse]]);
  const eventLabels = evidence.eventWindows.map((w) => w.label);
  const base = { threshold, createdAt, inGrace, lastMeaningfulUse, lastUse };
  const unknown = (reason, sources = []) => ({
    ...base,
    status: "unknown",
    neverUsed: null,
    idleMs: null,
    reason,
    silentSince: null,
    sources
  });
  if (evidence.uncovered !== void 0) return unknown(evidence.uncovered);
  if (lastMeaningfulUse !== null) {
    const idleMs = now - lastMeaningfulUse;
    const fromFields = fieldUses.filter((f) => f.value === lastMeaningfulUse).flatMap((f) => f.sources);
    return {
      ...base,
      status: idleMs > threshold && !inGrace ? "inactive" : "active",
      neverUsed: false,
      idleMs,
      silentSince: null,
      sources: unique(fromFields.length ? fromFields : eventLabels)
    };
  }
  const nevers = evidence.fields.filter((f) => f.value === null);
  const unknowns = evidence.fields.filter((f) => f.value === void 0);
  const never = (sources) => ({
    ...base,
    status: "never-used",
    neverUsed: true,
    idleMs: createdAt === null ? null : now - createdAt,
    silentSince: createdAt,
    sources: unique(sources)
  });
  const coveredSince = contiguousStart(evidence.eventWindows);
  if (coveredSince !== null) {
    if (createdAt !== null && coveredSince.from <= createdAt) return never(eventLabels);
    if (nevers.length && !unknowns.length) return never(nevers.flatMap((f) => f.sources));
    const silence = now - coveredSince.from;
    if (silence > threshold && !inGrace) {
      return {
        ...base,
        status: "inactive",
        neverUsed: null,
        idleMs: silence,
        silentSince: coveredSince.from,
        sources: unique(eventLabels)
      };
    }
    const windowDays = days(coveredSince.to - coveredSince.from);
    const relation = coveredSince.to - coveredSince.from < threshold ? "shorter than" : "no longer than";
    return unknown(
      `the covering window (${windowDays} days) is ${relation} the inactivity threshold (${days(threshold)} days)`,
      eventLabels
    );
  }
  if (unknowns.length) {
    const reason = unknowns.find((f) => f.reason)?.reason ?? evidence.noUsageField;
    return unknown(
      reason ?? "the platform does not say when it was last used",
      unknowns.flatMap((f) => f.sources)
    );
  }
  if (nevers.length) return never(nevers.flatMap((f) => f.sources));
  return unknown(evidence.noUsageField ?? "no source reports its use");
}
function judgeSubject(subject, options) {
  const stale = options.staleSources ?? /* @__PURE__ */ new Set();
  const threshold = inactivityThreshold(options.policy, subject.identity?.cadence);
  const usable = subject.coverage.sources.filter((s) => !s.failed && !stale.has(s.label));
  const windows = eventWindows(usable);
  const credentials = /* @__PURE__ */ new Map();
  for (const credential of subject.credentials) {
    const evidence2 = credentialEvidence(subject, credential, usable, windows, stale);
    credentials.set(credential.id, judgeActivity(evidence2, options.now, threshold));
  }
  const evidence = subjectEvidence(subject, usable, windows, stale);
  return { ...judgeActivity(evidence, options.now, threshold), credentials, policy: options.policy };
}
function subjectEvidence(subject, usable, windows, stale) {
  const snapshots = usable.filter((s) => s.kind === "snapshot").map((s) => s.label);
  const fields = [];
  if (snapshots.length && (subject.lastUsedAt !== void 0 || subject.lastUsedUnknownReason)) {
    fields.push({ value: subject.lastUsedAt, reason: subject.lastUsedUnknownReason, sources: snapshots });
  }
  for (const credential of subject.credentials) {
    const field2 = credentialField(credential, stale);
    if (field2) fields.push(field2);
  }
  return {
    createdAt: subject.createdAt ?? subject.identity?.created ?? null,
    fields,
    lastMeaningfulUses: present([
      subject.usage.lastMeaningfulUse,
      ...subject.credentials.map((c) => c.usage.lastMeaningfulUse)
    ]),
    lastUses: present([subject.usage.lastUse, ...subject.credentials.map((c) => c.usage.lastUse)]),
    eventWindows: windows,
    uncovered: usable.length ? void 0 : uncoveredReason(subject.coverage.sources, stale),
    noUsageField: subject.coverage.noUsageField
  };
}
function credentialEvidence(subject, credential, usable, windows, stale) {
  const field2 = credentialField(credential, stale);
  const reporting = usable.filter((s) => credential.sources.includes(s.label));
  const declared = subject.identity?.credentials.find((c) => c.id === credential.id);
  const covered = windows.length > 0 || reporting.length > 0;
  const own = subject.coverage.sources.filter(
    (s) => credential.sources.includes(s.label) || s.kind === "events"
  );
  return {
    createdAt: credential.createdAt ?? declared?.created ?? null,
    fields: field2 ? [field2] : [],
    lastMeaningfulUses: present([credential.usage.lastMeaningfulUse]),
    lastUses: present([credential.usage.lastUse]),
    eventWindows: windows,
    uncovered: covered ? void 0 : uncoveredReason(own, stale)
  };
}
function credentialField(credential, stale) {
  const fresh = credential.sources.filter((label) => !stale.has(label));
  if (!fresh.length) return void 0;
  if (credential.lastUsedAt === void 0 && !credential.lastUsedUnknownReason) return void 0;
  return { value: credential.lastUsedAt, reason: credential.lastUsedUnknownReason, sources: fresh };
}
function eventWindows(usable) {
  const out = [];
  for (const source of usable) {
    const to = source.windowTo ?? source.generatedAt;
    if (source.kind !== "events" || source.windowFrom === void 0 || to === void 0) continue;
    out.push({ from: source.windowFrom, to, label: source.label });
  }
  return out;
}
function contiguousStart(windows) {
  if (!windows.length) return null;
  const to = Math.max(...windows.map((w) => w.to));
  let from = Math.min(...windows.filter((w) => w.to === to).map((w) => w.from));
  for (let extended = true; extended; ) {
    extended = false;
    for (const w of windows) {
      if (w.from < from && w.to >= from) {
        from = w.from;
        extended = true;
      }
    }
  }
  return { from, to };
}
function uncoveredReason(sources, stale) {
  if (!sources.length) return "no source covers it";
  const failed = sources.filter((s) => s.failed).map((s) => s.label);
  const old = sources.filter((s) => !s.failed && stale.has(s.label)).map((s) => s.label);
  const parts = [];
  if (old.length) parts.push(`covered only by stale telemetry (${old.join(", ")})`);
  if (failed.length) parts.push(`its source could not be read (${failed.join(", ")})`);
  return parts.join("; ") || "no source covers it";
}
function latest(times) {
  return times.length ? Math.max(...times) : null;
}
function present(values) {
  return values.filter((v) => typeof v === "number");
}
function unique(values) {
  return [...new Set(values)];
}

// src/rules/describe.ts
var UNUSABLE_STATES = /* @__PURE__ */ new Set(["disabled", "suspended", "deactivated", "inactive", "expired", "revoked"]);
function isoDate(t) {
  return new Date(t).toISOString().slice(0, 10);
}
function dayCount(ms) {
  const n = days(ms);
  return n === 1 ? "1 day" : `${n} days`;
}
function fromSources(labels) {
  return labels.length ? `from ${labels.join(", ")}` : "from the inventory";
}
function subjectUnusable(subject) {
  if (subject.state && UNUSABLE_STATES.has(subject.state.toLowerCase())) return subject.state.toLowerCase();
  return subject.disabled ? subject.state ?? "disabled" : null;
}
function credentialUnusable(credential, now) {
  if (typeof credential.expiresAt === "number" && credential.expiresAt <= now) return "expired";
  if (credential.state && UNUSABLE_STATES.has(credential.state.toLowerCase()))
    return credential.state.toLowerCase();
  return credential.active === false ? credential.state ?? "inactive" : null;
}
function thresholdText(threshold, subject, policy) {
  const cadence = subject.identity?.cadence;
  const period = cadence ? CADENCE_PERIOD[cadence] : null;
  if (cadence && period !== null && threshold === 2 * period && threshold > policy.inactiveAfter) {
    return `${dayCount(threshold)} (2 \xD7 its ${cadence} cadence)`;
  }
  return dayCount(threshold);
}
function idleText(idleMs, threshold) {
  return days(idleMs) <= days(threshold) ? `more than ${dayCount(threshold)}` : dayCount(idleMs);
}
function blindSpots(subject, stale) {
  const spots = subject.coverage.sources.filter((s) => !s.failed && !stale.has(s.label)).flatMap((s) => s.blindSpots);
  return [...new Set(spots)];
}
function activityEvidence(verdict, subject, stale) {
  return {
    status: verdict.status,
    lastMeaningfulUse: iso(verdict.lastMeaningfulUse),
    lastUse: iso(verdict.lastUse),
    idleDays: verdict.idleMs === null ? null : days(verdict.idleMs),
    thresholdDays: verdict.threshold / DAY,
    createdAt: iso(verdict.createdAt),
    inGrace: verdict.inGrace,
    neverUsed: verdict.neverUsed,
    silentSince: iso(verdict.silentSince),
    sources: verdict.sources,
    coverage: {
      sources: subject.coverage.sources.map((s) => s.label),
      window: { from: iso(subject.coverage.windowFrom), to: iso(subject.coverage.windowTo) }
    },
    blindSpots: blindSpots(subject, stale),
    ...verdict.reason ? { reason: verdict.reason } : {}
  };
}
function activityText(verdict) {
  const threshold = verdict.threshold;
  if (verdict.lastMeaningfulUse !== null && verdict.idleMs !== null) {
    return `no meaningful use for ${idleText(verdict.idleMs, threshold)} (last on ${isoDate(verdict.lastMeaningfulUse)}, ${fromSources(verdict.sources)})`;
  }
  if (verdict.neverUsed) {
    const since = verdict.createdAt === null ? "since its creation" : `since its creation on ${isoDate(verdict.createdAt)}`;
    return `never used ${since} (${fromSources(verdict.sources)})`;
  }
  if (verdict.silentSince !== null) {
    return `no meaningful use seen since ${isoDate(verdict.silentSince)}, when the covering window begins (${fromSources(verdict.sources)})`;
  }
  return verdict.reason ?? "activity unknown";
}

// src/rules/expired.ts
var expired = (subject, ctx) => {
  const findings = [];
  for (const credential of subject.credentials) {
    const expiresAt = credential.expiresAt;
    const byDate = typeof expiresAt === "number" && expiresAt <= ctx.now;
    const byState = credential.state?.toLowerCase() === "expired";
    if (!byDate && !byState) continue;
    const still = credential.sources.length ? `is still reported ${fromSources(credential.sources)}` : "is still declared in the inventory";
    const when = byDate ? `expired on ${isoDate(expiresAt)}, ${dayCount(ctx.now - expiresAt)} ago,` : "is expired";
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} ${when} and ${still}`,
      evidence: {
        expiresAt: iso(expiresAt),
        daysAgo: byDate ? days(ctx.now - expiresAt) : null,
        state: credential.state ?? null,
        sources: credential.sources
      },
      vars: { expires: byDate ? isoDate(expiresAt) : "an unknown date" }
    });
  }
  return findings;
};

// src/rules/expiring.ts
var expiring = (subject, ctx) => {
  const findings = [];
  for (const credential of subject.credentials) {
    const expiresAt = credential.expiresAt;
    if (typeof expiresAt !== "number" || expiresAt <= ctx.now) continue;
    if (expiresAt - ctx.now > ctx.policy.expiryWarning || credentialUnusable(credential, ctx.now) !== null)
      continue;
    const from = credential.expiresFrom === "declared" ? "from the inventory" : fromSources(credential.sources);
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} expires on ${isoDate(expiresAt)}, in ${dayCount(expiresAt - ctx.now)} (${from}); the warning period is ${dayCount(ctx.policy.expiryWarning)}`,
      evidence: {
        expiresAt: iso(expiresAt),
        daysLeft: days(expiresAt - ctx.now),
        expiryWarningDays: days(ctx.policy.expiryWarning),
        expiresFrom: credential.expiresFrom ?? null,
        sources: credential.sources
      },
      vars: { expires: isoDate(expiresAt), threshold: formatDuration(ctx.policy.expiryWarning) }
    });
  }
  return findings;
};

// src/rules/human-use.ts
var MACHINE_KINDS = /* @__PURE__ */ new Set([
  "service-account",
  "api-token",
  "deploy-key",
  "secret",
  "oauth-app",
  "github-app",
  "bot-user",
  "workload"
]);
var humanUse = (subject) => {
  const kind = subject.identity?.kind ?? subject.kind;
  if (!kind || !MACHINE_KINDS.has(kind) || subject.usage.interactiveEvents === 0) return [];
  const seen = [...subject.usage.interactive].sort((a, b) => b.at - a.at);
  const newest = seen[0];
  const example = newest ? `, the latest on ${isoDate(newest.at)} (${newest.detail}, from ${newest.source})` : "";
  return [
    {
      credential: null,
      message: `${subject.id} is a ${kind} but was used interactively ${subject.usage.interactiveEvents} times${example}`,
      evidence: {
        kind,
        interactiveEvents: subject.usage.interactiveEvents,
        examples: seen.map((e) => ({ at: iso(e.at), detail: e.detail, source: e.source }))
      }
    }
  ];
};

// src/rules/inactive.ts
var JUDGES_CREDENTIALS = /* @__PURE__ */ new Set(["active", "unknown"]);
var inactive = (subject, ctx) => {
  const findings = [];
  const verdict = ctx.verdict;
  if (verdict.status === "inactive") {
    findings.push(dormant(subject, null, verdict, subjectUnusable(subject), ctx.severity, ctx));
  }
  if (!JUDGES_CREDENTIALS.has(verdict.status)) return findings;
  for (const credential of subject.credentials) {
    const own = ctx.verdict.credentials.get(credential.id);
    if (own?.status !== "inactive") continue;
    const state = credentialUnusable(credential, ctx.now) ?? subjectUnusable(subject);
    findings.push(dormant(subject, credential.id, own, state, ctx.severity, ctx));
  }
  return findings;
};
function dormant(subject, credential, verdict, state, severity2, ctx) {
  const who = credential === null ? subject.id : `${credential} of ${subject.id}`;
  const unusable = state === null ? "" : ` It is ${state}, but still exists and can be re-enabled.`;
  return {
    credential,
    // Unusable is still present: reported, but at low severity (DESIGN.md §4).
    severity: state === null ? severity2 : "low",
    message: `${who}: ${activityText(verdict)}; the threshold is ${thresholdText(verdict.threshold, subject, ctx.policy)}.${unusable}`,
    evidence: { ...activityEvidence(verdict, subject, ctx.staleSources), state },
    vars: { threshold: formatDuration(verdict.threshold), state: state ?? "usable" }
  };
}

// src/rules/licence-reclaim.ts
var DORMANT = /* @__PURE__ */ new Set(["inactive", "never-used"]);
function yearlySaving(licence) {
  return licence.cost * (licence.per === "month" ? 12 : 1) * (licence.seats ?? 1);
}
function renewalSeverity(renews, now, base) {
  if (renews === void 0 || renews < now) return base;
  const left = renews - now;
  if (left <= 30 * DAY) return "high";
  if (left <= 90 * DAY) return "medium";
  return base;
}
function money(amount, currency) {
  return `${currency} ${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
}
var licenceReclaim = (subject, ctx) => {
  const licence = subject.identity?.licence;
  const verdict = ctx.verdict;
  if (!licence || !DORMANT.has(verdict.status)) return [];
  const saving = yearlySaving(licence);
  const renews = licence.renews;
  const renewal = renews === void 0 ? "its renewal date is not declared" : renews < ctx.now ? `its renewal date ${isoDate(renews)} has passed` : `it renews on ${isoDate(renews)}, in ${dayCount(renews - ctx.now)}`;
  return [
    {
      credential: null,
      severity: renewalSeverity(renews, ctx.now, ctx.severity),
      message: `${subject.id} holds a licence (${money(licence.cost, licence.currency)} per ${licence.per}${licence.seats ? ` \xD7 ${licence.seats} seats` : ""}) but ${activityText(verdict)}; ${renewal}; reclaiming it saves ${money(saving, licence.currency)} a year`,
      evidence: {
        status: verdict.status,
        lastMeaningfulUse: iso(verdict.lastMeaningfulUse),
        yearlySaving: { amount: saving, currency: licence.currency, per: "year" },
        licence: {
          cost: licence.cost,
          currency: licence.currency,
          per: licence.per,
          seats: licence.seats ?? 1
        },
        renews: iso(renews),
        daysToRenewal: renews === void 0 || renews < ctx.now ? null : days(renews - ctx.now)
      },
      vars: {
        saving: `${money(saving, licence.currency)} a year`,
        renews: renews === void 0 ? "its next renewal" : isoDate(renews)
      }
    }
  ];
};

// src/rules/login-only.ts
var loginOnly = (subject, ctx) => {
  const usage = subject.usage;
  const verdict = ctx.verdict;
  if (usage.loginEvents === 0 || usage.meaningfulEvents > 0 || verdict.status === "unknown") return [];
  const from = subject.coverage.windowFrom;
  if (verdict.lastMeaningfulUse !== null && (from === void 0 || verdict.lastMeaningfulUse >= from))
    return [];
  const last = usage.lastLogin === void 0 ? "" : `, the last on ${isoDate(usage.lastLogin)},`;
  const window = from === void 0 ? "in the covered window" : `since ${isoDate(from)}`;
  const sources = subject.coverage.sources.filter((s) => s.kind === "events" && !s.failed).map((s) => s.label);
  return [
    {
      credential: null,
      message: `${subject.id} authenticated ${usage.loginEvents} times${last} but did nothing meaningful ${window} (${fromSources(sources)})`,
      evidence: {
        loginEvents: usage.loginEvents,
        meaningfulEvents: usage.meaningfulEvents,
        lastLogin: iso(usage.lastLogin),
        window: { from: iso(from), to: iso(subject.coverage.windowTo) },
        sources
      }
    }
  ];
};

// src/rules/index.ts
init_metadata();

// src/rules/never-used.ts
var neverUsed = (subject, ctx) => {
  const findings = [];
  const verdict = ctx.verdict;
  if (verdict.status === "never-used")
    findings.push(unused(subject, null, verdict, subjectUnusable(subject), ctx));
  if (!JUDGES_CREDENTIALS.has(verdict.status)) return findings;
  for (const credential of subject.credentials) {
    const own = ctx.verdict.credentials.get(credential.id);
    if (own?.status !== "never-used") continue;
    const state = credentialUnusable(credential, ctx.now) ?? subjectUnusable(subject);
    findings.push(unused(subject, credential.id, own, state, ctx));
  }
  return findings;
};
function unused(subject, credential, verdict, state, ctx) {
  const who = credential === null ? subject.id : `${credential} of ${subject.id}`;
  const grace = verdict.inGrace && verdict.createdAt !== null ? ` It was created ${dayCount(ctx.now - verdict.createdAt)} ago, within the ${dayCount(verdict.threshold)} grace period.` : "";
  const unusable = state === null ? "" : ` It is ${state}, but still exists and can be re-enabled.`;
  return {
    credential,
    severity: severity(verdict, state, ctx),
    message: `${who}: ${activityText(verdict)}.${grace}${unusable}`,
    evidence: { ...activityEvidence(verdict, subject, ctx.staleSources), state },
    vars: { threshold: formatDuration(verdict.threshold), state: state ?? "usable" }
  };
}
function severity(verdict, state, ctx) {
  if (verdict.inGrace || state !== null) return "low";
  return ctx.policy.rules["never-used"]?.severity ?? ctx.severityOf("inactive");
}

// src/rules/no-expiry.ts
var noExpiry = (subject, ctx) => {
  if (!ctx.policy.requireExpiry) return [];
  const findings = [];
  for (const credential of subject.credentials) {
    if (credential.expiresAt !== null || credential.providerRotated) continue;
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} never expires (${fromSources(credential.sources)}); the policy requires an expiry`,
      evidence: { expiresAt: null, sources: credential.sources }
    });
  }
  return findings;
};

// src/rules/no-telemetry.ts
var noTelemetry = (subject, ctx) => {
  const verdict = ctx.verdict;
  if (!subject.declared || verdict.status !== "unknown") return [];
  const reason = verdict.reason ?? "no source covers it";
  const unknown = [...ctx.verdict.credentials].filter(
    ([, v]) => v.status === "unknown" && v.reason && v.reason !== reason
  );
  const parts = unknown.map(([id, v]) => `${id}: ${v.reason}`);
  const more = parts.length ? ` (${parts.join("; ")})` : "";
  return [
    {
      credential: null,
      message: `the activity of ${subject.id} cannot be judged: ${reason}${more}; its inactivity threshold is ${thresholdText(verdict.threshold, subject, ctx.policy)}`,
      evidence: {
        ...activityEvidence(verdict, subject, ctx.staleSources),
        credentials: Object.fromEntries(unknown.map(([id, v]) => [id, v.reason]))
      },
      vars: { reason, threshold: formatDuration(verdict.threshold) }
    }
  ];
};

// src/rules/cron.ts
var MACROS = {
  "@yearly": "0 0 1 1 *",
  "@annually": "0 0 1 1 *",
  "@monthly": "0 0 1 * *",
  "@weekly": "0 0 * * 0",
  "@daily": "0 0 * * *",
  "@midnight": "0 0 * * *",
  "@hourly": "0 * * * *"
};
var DAY_NAMES = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"];
var MONTH_NAMES = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function field(text3, min, max, names = [], nameBase = min) {
  const value = (token) => {
    const named = names.indexOf(token.toLowerCase());
    const n = named >= 0 ? named + nameBase : /^\d+$/.test(token) ? Number(token) : NaN;
    if (!Number.isInteger(n) || n < min || n > max)
      throw new Error(`"${token}" is not between ${min} and ${max}`);
    return n;
  };
  const out = /* @__PURE__ */ new Set();
  for (const part of text3.split(",")) {
    const [range2, stepText] = part.split("/");
    const step = stepText === void 0 ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw new Error(`"${part}" has a bad step`);
    const [from, to] = range2 === "*" ? [min, max] : range2.includes("-") ? range2.split("-").map(value) : [value(range2), stepText ? max : value(range2)];
    if (from > to) throw new Error(`"${part}" is an empty range`);
    for (let n = from; n <= to; n += step) out.add(n);
  }
  return out;
}
function parseCron(expression) {
  const text3 = MACROS[expression.trim().toLowerCase()] ?? expression.trim();
  const parts = text3.split(/\s+/);
  if (parts.length !== 5) throw new Error(`a cron expression has 5 fields, not ${parts.length}`);
  const [minute, hour, dayOfMonth, month] = parts;
  const minutes = field(minute, 0, 59);
  const hours = field(hour, 0, 23);
  field(dayOfMonth, 1, 31);
  field(month, 1, 12, MONTH_NAMES, 1);
  const cronDays = field(parts[4], 0, 7, DAY_NAMES, 0);
  const weekdays = /* @__PURE__ */ new Set();
  const anyDay = dayOfMonth !== "*" || parts[4] === "*";
  for (let d = 0; d < 7; d++)
    if (anyDay || cronDays.has(d) || d === 0 && cronDays.has(7)) weekdays.add((d + 6) % 7);
  return { minutes, hours, weekdays };
}
function zoneOffset(tz, t) {
  try {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      timeZoneName: "longOffset"
    }).formatToParts(t);
    const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "";
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
    return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * HOUR + Number(m[3] ?? 0) * 6e4) : 0;
  } catch {
    return 0;
  }
}
var HOURS_IN_WEEK = 168;
function expectedHoursOfWeek(schedule, now) {
  const cron = parseCron(schedule.cron);
  const tolerance = schedule.tolerance / 6e4;
  const offsets = schedule.tz ? [.../* @__PURE__ */ new Set([zoneOffset(schedule.tz, now), zoneOffset(schedule.tz, now + 182 * 24 * HOUR)])] : [0];
  const hours = /* @__PURE__ */ new Set();
  for (const offset of offsets) {
    for (const day of cron.weekdays) {
      for (const hour of cron.hours) {
        for (const minute of cron.minutes) {
          const run2 = day * 1440 + hour * 60 + minute - offset / 6e4;
          const first = Math.floor((run2 - tolerance) / 60);
          const last = Math.floor((run2 + tolerance) / 60);
          for (let b = first; b <= last; b++)
            hours.add((b % HOURS_IN_WEEK + HOURS_IN_WEEK) % HOURS_IN_WEEK);
        }
      }
    }
  }
  return hours;
}

// src/rules/outside-cadence.ts
var WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
function hourOfWeekText(hour) {
  return `${WEEKDAYS[Math.floor(hour / 24)]} ${String(hour % 24).padStart(2, "0")}:00 UTC`;
}
var outsideCadence = (subject, ctx) => {
  const schedule = subject.identity?.schedule;
  const histogram = subject.usage.hourOfWeek;
  if (!schedule || histogram.length !== 168) return [];
  let expected;
  try {
    expected = expectedHoursOfWeek(schedule, ctx.now);
  } catch {
    return [];
  }
  const outside = histogram.map((events, hour) => ({ hour, events })).filter((h) => h.events > 0 && !expected.has(h.hour)).sort((a, b) => b.events - a.events || a.hour - b.hour);
  if (!outside.length) return [];
  const total = outside.reduce((sum, h) => sum + h.events, 0);
  const busiest = outside.slice(0, 3).map((h) => `${hourOfWeekText(h.hour)} (${h.events})`).join(", ");
  return [
    {
      credential: null,
      message: `${subject.id} is scheduled "${schedule.cron}"${schedule.tz ? ` (${schedule.tz})` : ""} with ${formatDuration(schedule.tolerance)} tolerance, but ${total} of its ${subject.usage.meaningfulEvents} meaningful events fell outside it: ${busiest}`,
      evidence: {
        cron: schedule.cron,
        tz: schedule.tz ?? "UTC",
        toleranceMinutes: schedule.tolerance / 6e4,
        outsideEvents: total,
        meaningfulEvents: subject.usage.meaningfulEvents,
        outsideHours: outside.slice(0, 10).map((h) => ({ hourOfWeek: h.hour, at: hourOfWeekText(h.hour), events: h.events }))
      },
      vars: { threshold: formatDuration(schedule.tolerance) }
    }
  ];
};

// src/rules/owners.ts
function declaredOwner(owner) {
  return typeof owner === "string" && owner.trim() !== "" ? owner.trim() : null;
}

// src/rules/owner-offboarded.ts
var ownerOffboarded = (subject, ctx) => {
  if (!subject.declared) return [];
  const owner = declaredOwner(subject.identity ? subject.identity.owner : subject.owner);
  const lookup2 = owner === null ? void 0 : ctx.owners?.lookup(owner);
  if (!lookup2 || lookup2.status !== "left") return [];
  const details = [lookup2.detail, lookup2.since === void 0 ? void 0 : `since ${isoDate(lookup2.since)}`].filter(Boolean).join(", ");
  const from = lookup2.source ? ` according to ${lookup2.source}` : "";
  return [
    {
      credential: null,
      message: `the owner ${owner} of ${subject.id} has left${details ? ` (${details})` : ""}${from}`,
      evidence: {
        owner,
        directory: lookup2.source ?? null,
        detail: lookup2.detail ?? null,
        since: iso(lookup2.since)
      }
    }
  ];
};

// src/rules/reactivated.ts
function dormantGaps(usage, gap) {
  const out = [];
  for (let i = 1; i < usage.days.length; i++) {
    if ((usage.days[i] - usage.days[i - 1]) * DAY >= gap)
      out.push({ fromDay: usage.days[i - 1], toDay: usage.days[i] });
  }
  return out;
}
var reactivated = (subject, ctx) => {
  const gap = ctx.policy.reactivationGap;
  const reviewedOn = subject.identity?.reviewed?.on;
  const attested = (g) => reviewedOn !== void 0 && reviewedOn > endOfUtcDay(g.toDay * DAY);
  const findings = [];
  const own = dormantGaps(subject.usage, gap);
  const latest3 = own.at(-1);
  if (latest3 && !attested(latest3)) findings.push(finding(subject, null, latest3, own.length, gap));
  for (const credential of subject.credentials) {
    const gaps = dormantGaps(credential.usage, gap).filter(
      (g) => !own.some((o) => o.fromDay === g.fromDay && o.toDay === g.toDay)
    );
    const last = gaps.at(-1);
    if (last && !attested(last)) findings.push(finding(subject, credential.id, last, gaps.length, gap));
  }
  return findings;
};
function finding(subject, credential, g, count3, gap) {
  const who = credential === null ? subject.id : `${credential} of ${subject.id}`;
  const length = (g.toDay - g.fromDay) * DAY;
  return {
    credential,
    message: `${who} was used again on ${isoDate(g.toDay * DAY)} after ${dayCount(length)} without meaningful use (last before on ${isoDate(g.fromDay * DAY)}); the reactivation gap is ${dayCount(gap)}`,
    evidence: {
      gap: {
        from: iso(endOfUtcDay(g.fromDay * DAY)),
        to: iso(endOfUtcDay(g.toDay * DAY)),
        days: g.toDay - g.fromDay
      },
      reactivationGapDays: gap / DAY,
      gaps: count3,
      reviewedOn: iso(subject.identity?.reviewed?.on)
    },
    vars: { threshold: formatDuration(gap) }
  };
}

// src/rules/review-overdue.ts
var reviewOverdue = (subject, ctx) => {
  const identity = subject.identity;
  if (!subject.declared || !identity) return [];
  const every = ctx.policy.reviewEvery;
  const vars = { threshold: formatDuration(every) };
  const reviewed = identity.reviewed;
  if (!reviewed) {
    const created = subject.createdAt ?? identity.created;
    if (typeof created === "number" && ctx.now - created <= every) return [];
    return [
      {
        credential: null,
        message: `${subject.id} has never been reviewed (no \`reviewed:\`); reviews are due every ${dayCount(every)}`,
        evidence: {
          reviewedOn: null,
          reviewedBy: null,
          reviewEveryDays: days(every),
          createdAt: iso(created)
        },
        vars
      }
    ];
  }
  const age = ctx.now - reviewed.on;
  if (age <= every) return [];
  return [
    {
      credential: null,
      message: `${subject.id} was last reviewed ${dayCount(age)} ago (on ${isoDate(reviewed.on)} by ${reviewed.by}); reviews are due every ${dayCount(every)}`,
      evidence: {
        reviewedOn: iso(reviewed.on),
        reviewedBy: reviewed.by,
        ageDays: days(age),
        reviewEveryDays: days(every)
      },
      vars
    }
  ];
};

// src/rules/secret-in-config.ts
function secretInConfig(config) {
  return config.secrets.map((secret) => {
    const where3 = `${secret.location.path}:${secret.location.line}`;
    const within = secret.identity ? ` (in identity ${secret.identity})` : "";
    return {
      subject: secret.identity ?? config.path,
      credential: null,
      location: secret.location,
      message: `a value at ${where3}${within} looks like a live ${secret.kind}; it is not shown here, and it must be treated as leaked`,
      evidence: { kind: secret.kind, location: secret.location, identity: secret.identity ?? null },
      vars: { secret: secret.kind }
    };
  });
}

// src/rules/stale-telemetry.ts
function isStale(source, policy, now) {
  return !source.failed && source.generatedAt !== void 0 && now - source.generatedAt > policy.telemetryMaxAge;
}
function staleSources(sources, policy, now) {
  return new Set(sources.filter((s) => isStale(s, policy, now)).map((s) => s.label));
}
function staleTelemetry(sources, config, now) {
  const policy = config.policy;
  const seen = /* @__PURE__ */ new Set();
  const findings = [];
  for (const source of sources) {
    if (!isStale(source, policy, now) || seen.has(source.label)) continue;
    seen.add(source.label);
    const age = now - source.generatedAt;
    const lowerBound = source.generatedAtFrom === "data" ? " (the newest time in its data: it may be older still)" : "";
    const entry = config.sources.find((e) => e.type === source.type && (e.path ?? null) === source.path);
    findings.push({
      subject: source.label,
      credential: null,
      location: entry?.location ?? null,
      message: `${source.label} was generated on ${isoDate(source.generatedAt)}, ${dayCount(age)} ago${lowerBound}; telemetry older than ${dayCount(policy.telemetryMaxAge)} cannot judge activity, so what it alone covers is unknown`,
      evidence: {
        source: source.label,
        type: source.type,
        path: source.path,
        generatedAt: iso(source.generatedAt),
        generatedAtFrom: source.generatedAtFrom,
        ageDays: days(age),
        telemetryMaxAgeDays: days(policy.telemetryMaxAge),
        window: { from: iso(source.windowFrom), to: iso(source.windowTo) }
      },
      vars: { source: source.label, threshold: formatDuration(policy.telemetryMaxAge) }
    });
  }
  return findings;
}

// src/rules/suppression-expired.ts
var suppressionExpired = (subject, ctx) => {
  const findings = [];
  for (const suppression of subject.identity?.suppress ?? []) {
    if (suppression.until > ctx.now) continue;
    const scope = suppression.credential ? ` for ${suppression.credential}` : "";
    findings.push({
      credential: suppression.credential ?? null,
      location: suppression.location,
      message: `the suppression of ${suppression.rule}${scope} on ${subject.id} expired on ${isoDate(suppression.until)}, ${dayCount(ctx.now - suppression.until)} ago (by ${suppression.by}: "${suppression.reason}")`,
      evidence: {
        rule: suppression.rule,
        until: iso(suppression.until),
        daysAgo: days(ctx.now - suppression.until),
        reason: suppression.reason,
        by: suppression.by
      },
      vars: { rule: suppression.rule, until: isoDate(suppression.until), reason: suppression.reason }
    });
  }
  return findings;
};

// src/rules/template.ts
var PLACEHOLDER = /\{\{\s*([a-z]+)\s*\}\}/g;
function renderTemplate(template, values) {
  return template.replace(PLACEHOLDER, (_, name) => values[name] ?? `<${name}>`).trim();
}

// src/rules/undeclared.ts
var undeclared = (subject, ctx) => {
  if (subject.declared) return [];
  const sources = subject.coverage.sources.map((s) => s.label);
  const last = ctx.verdict.lastUse;
  const seen = subject.foundIn === "discovery" && subject.location ? `is declared in ${subject.location.path}:${subject.location.line}` : `was seen in telemetry (${fromSources(sources)}${last === null ? "" : `, last used on ${isoDate(last)}`})`;
  return [
    {
      credential: null,
      message: `${subject.id} ${seen} but no identity in ${ctx.config.path} claims it`,
      evidence: {
        foundIn: subject.foundIn ?? "telemetry",
        kind: subject.kind ?? null,
        platform: subject.platform ?? null,
        aliases: subject.aliases,
        sources,
        lastUse: iso(last),
        lastMeaningfulUse: iso(ctx.verdict.lastMeaningfulUse),
        discoveredAt: subject.foundIn === "discovery" ? subject.location : null
      }
    }
  ];
};

// src/rules/unowned.ts
var unowned = (subject, ctx) => {
  if (!subject.declared) return [];
  const written = subject.identity ? subject.identity.owner : subject.owner;
  const owner = declaredOwner(written);
  if (owner === null) {
    const what = written === void 0 ? "has no `owner:`" : written === null ? "has `owner: null`" : "has an empty `owner:`";
    return [
      {
        credential: null,
        message: `${subject.id} ${what}: nobody is accountable for it`,
        evidence: { owner: written ?? null }
      }
    ];
  }
  const lookup2 = ctx.owners?.lookup(owner);
  if (lookup2?.status !== "absent") return [];
  const where3 = lookup2.source ? ` in ${lookup2.source}` : "";
  return [
    {
      credential: null,
      message: `the owner ${owner} of ${subject.id} resolves to nobody${where3}`,
      evidence: { owner, directory: lookup2.source ?? null, detail: lookup2.detail ?? null }
    }
  ];
};

// src/rules/unrotated.ts
var DORMANT2 = /* @__PURE__ */ new Set(["inactive", "never-used"]);
var unrotated = (subject, ctx) => {
  if (DORMANT2.has(ctx.verdict.status)) return [];
  const findings = [];
  for (const credential of subject.credentials) {
    if (credential.providerRotated || credentialUnusable(credential, ctx.now) !== null) continue;
    if (DORMANT2.has(ctx.verdict.credentials.get(credential.id)?.status ?? "unknown")) continue;
    const rotated = typeof credential.rotatedAt === "number";
    const since = rotated ? credential.rotatedAt : credential.createdAt;
    if (typeof since !== "number") continue;
    const declared = subject.identity?.credentials.find((c) => c.id === credential.id);
    const rotateEvery = credential.rotateEvery ?? declared?.rotateEvery ?? ctx.policy.rotateEvery;
    const age = ctx.now - since;
    if (age <= rotateEvery) continue;
    const provenance = !rotated && credential.createdFrom === "declared" ? "from the inventory" : fromSources(credential.sources);
    const seen = rotated ? `was last rotated ${dayCount(age)} ago (on ${isoDate(since)}, ${provenance})` : `was created ${dayCount(age)} ago (on ${isoDate(since)}, ${provenance}) and never rotated`;
    findings.push({
      credential: credential.id,
      message: `${credential.id} of ${subject.id} ${seen}; it must be rotated every ${dayCount(rotateEvery)}`,
      evidence: {
        createdAt: iso(credential.createdAt),
        rotatedAt: iso(credential.rotatedAt),
        ageFrom: rotated ? "rotatedAt" : "createdAt",
        ageDays: days(age),
        rotateEveryDays: days(rotateEvery),
        sources: credential.sources
      },
      vars: { threshold: formatDuration(rotateEvery) }
    });
  }
  return findings;
};

// src/rules/index.ts
init_metadata();
var SUBJECT_RULES = {
  unowned,
  "owner-offboarded": ownerOffboarded,
  unrotated,
  expiring,
  expired,
  "no-expiry": noExpiry,
  inactive,
  "never-used": neverUsed,
  reactivated,
  "login-only": loginOnly,
  "human-use": humanUse,
  "outside-cadence": outsideCadence,
  undeclared,
  "no-telemetry": noTelemetry,
  "review-overdue": reviewOverdue,
  "licence-reclaim": licenceReclaim,
  "suppression-expired": suppressionExpired
};
var RULE_NAMES = RULE_METADATA.map((rule) => rule.name);
var METADATA = new Map(RULE_METADATA.map((rule) => [rule.name, rule]));
function ruleMetadata(name) {
  const rule = METADATA.get(name);
  if (!rule) throw new Error(`no metadata for rule "${name}"`);
  return rule;
}
function severityRank(severity2) {
  return SEVERITIES.indexOf(severity2);
}
function blocks(severity2, failOn) {
  return failOn !== "none" && severityRank(severity2) >= severityRank(failOn);
}
function evaluate(input) {
  const { config, now } = input;
  const overrides = config.policy.rules;
  const enabled = (rule) => overrides[rule]?.enabled !== false;
  const severityOf = (rule) => overrides[rule]?.severity ?? ruleMetadata(rule).severity;
  const stale = staleSources(input.sources, config.policy, now);
  const verdicts = /* @__PURE__ */ new Map();
  const findings = [];
  for (const subject of input.subjects) {
    const policy = policyFor(config.policy, subject.identity);
    const verdict = judgeSubject(subject, { policy, now, staleSources: stale });
    verdicts.set(subject.id, verdict);
    for (const [name, rule] of Object.entries(SUBJECT_RULES)) {
      if (!enabled(name)) continue;
      const ctx = {
        now,
        policy,
        config,
        verdict,
        severity: severityOf(name),
        severityOf,
        staleSources: stale,
        owners: input.owners
      };
      for (const raw of rule(subject, ctx))
        findings.push(finish(name, raw, ctx.severity, { config, subject, verdict }));
    }
  }
  const scanWide = [
    ["stale-telemetry", () => staleTelemetry(input.sources, config, now)],
    ["secret-in-config", () => secretInConfig(config)]
  ];
  for (const [name, rule] of scanWide) {
    if (!enabled(name)) continue;
    for (const raw of rule()) findings.push(finish(name, raw, severityOf(name), { config }));
  }
  const identities = new Map(config.identities.map((identity) => [identity.id, identity]));
  for (const finding2 of findings) {
    suppress(finding2, identities.get(finding2.subject), now);
    finding2.blocking = !finding2.suppressed && blocks(finding2.severity, input.failOn);
  }
  return { findings: findings.sort(compareFindings), verdicts };
}
function finish(rule, raw, severity2, scope) {
  const { config, subject, verdict } = scope;
  const credential = raw.credential;
  const declared = credential === null ? void 0 : subject?.credentials.find((c) => c.id === credential)?.location;
  const location = raw.location !== void 0 ? raw.location : declared ?? subject?.location ?? null;
  const owner = subject ? subject.identity ? subject.identity.owner : subject.owner : void 0;
  const values = {
    subject: raw.subject ?? subject?.id,
    owner: owner?.trim() ? owner : "whoever runs it",
    credential: credential ?? "its credentials",
    kind: subject?.identity?.kind ?? subject?.kind ?? "identity",
    platform: subject?.identity?.platform ?? subject?.platform,
    threshold: verdict ? formatDuration(verdict.threshold) : void 0,
    location: place(location) ?? config.path,
    config: config.path,
    ...raw.vars
  };
  return {
    rule,
    severity: raw.severity ?? severity2,
    subject: raw.subject ?? subject?.id ?? config.path,
    credential,
    message: raw.message,
    remediation: renderTemplate(ruleMetadata(rule).remediation, values),
    location,
    blocking: false,
    evidence: raw.evidence
  };
}
function place(location) {
  return location ? `${location.path}:${location.line}` : void 0;
}
function suppress(finding2, identity, now) {
  const matching = (identity?.suppress ?? []).filter(
    (s) => s.rule === finding2.rule && (s.credential === void 0 || s.credential === finding2.credential)
  );
  const active = matching.filter((s) => s.until > now).sort((a, b) => b.until - a.until)[0];
  if (!active) return;
  finding2.suppressed = true;
  finding2.evidence = {
    ...finding2.evidence,
    suppression: {
      until: iso(active.until),
      reason: active.reason,
      by: active.by,
      location: active.location
    }
  };
}
function compareFindings(a, b) {
  return severityRank(b.severity) - severityRank(a.severity) || compare(a.subject, b.subject) || compare(a.rule, b.rule) || compare(a.credential ?? "", b.credential ?? "") || compare(a.message, b.message);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/sources/read.ts
var MAX_REPORTED_ERRORS = 100;
async function readSource(entry, reader, sink, options) {
  let accepted = 0;
  let rejected = 0;
  let duplicates = 0;
  const errors = [];
  let currentFile = "";
  let multiFile = false;
  let minAt = Infinity;
  let maxAt = -Infinity;
  let exportGeneratedAt;
  let exportWindowFrom;
  const blindSpots2 = /* @__PURE__ */ new Set();
  const counting = {
    usage(event) {
      if (event.at < minAt) minAt = event.at;
      if (event.at > maxAt) maxAt = event.at;
      sink.usage(event);
    },
    credential(fact) {
      sink.credential(fact);
    },
    principal(fact) {
      sink.principal(fact);
    },
    reject(line, reason) {
      rejected++;
      if (errors.length < MAX_REPORTED_ERRORS) {
        errors.push({ line, reason: multiFile ? `${currentFile}: ${reason}` : reason });
      }
      sink.reject(line, reason);
    },
    accept(note) {
      accepted++;
      if (note === "duplicate") duplicates++;
      sink.accept(note);
    }
  };
  const hints = {
    setGeneratedAt(t) {
      if (Number.isFinite(t) && (exportGeneratedAt === void 0 || t > exportGeneratedAt)) exportGeneratedAt = t;
    },
    setWindowFrom(t) {
      if (Number.isFinite(t) && (exportWindowFrom === void 0 || t < exportWindowFrom)) exportWindowFrom = t;
    },
    observe(t) {
      if (!Number.isFinite(t)) return;
      if (t < minAt) minAt = t;
      if (t > maxAt) maxAt = t;
    },
    blindSpot(text3) {
      blindSpots2.add(text3);
    }
  };
  const summary = {
    type: entry.type,
    path: entry.path ?? null,
    generatedAt: null,
    generatedAtFrom: null,
    window: { from: null, to: null },
    records: 0,
    accepted: 0,
    rejected: 0,
    duplicates: 0,
    errors: [],
    files: []
  };
  let failure;
  let files = [];
  try {
    files = entry.path === void 0 ? [] : await expandPaths(entry.path, entry.baseDir, options.workspace, entry.location);
    if (entry.path !== void 0 && files.length === 0) failure = `no file matches ${JSON.stringify(entry.path)}`;
  } catch (error) {
    if (!isUserError(error)) throw error;
    failure = error.message;
  }
  multiFile = files.length > 1;
  for (const absolutePath of files) {
    const file = openSourceFile(absolutePath, options.workspace);
    summary.files.push(file.path);
    currentFile = file.path;
    try {
      await reader.read({ entry, file, sink: counting, coverage: hints, now: options.now });
    } catch (error) {
      if (isUserError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      counting.reject(0, `the file could not be read to its end: ${reason.slice(0, 200)}`);
      failure = `${file.path} could not be read to its end`;
    }
  }
  let generatedAt;
  if (exportGeneratedAt !== void 0) {
    generatedAt = exportGeneratedAt;
    summary.generatedAtFrom = "export";
  } else if (entry.generatedAt !== void 0) {
    generatedAt = entry.generatedAt;
    summary.generatedAtFrom = "config";
  } else if (entry.until !== void 0) {
    generatedAt = entry.until;
    summary.generatedAtFrom = "config";
  } else if (maxAt > -Infinity) {
    generatedAt = maxAt;
    summary.generatedAtFrom = "data";
  }
  let windowFrom;
  let windowTo = entry.until ?? generatedAt;
  if (entry.since !== void 0) windowFrom = entry.since;
  else if (entry.window !== void 0 && windowTo !== void 0) windowFrom = windowTo - entry.window;
  else if (exportWindowFrom !== void 0) windowFrom = exportWindowFrom;
  else if (minAt < Infinity) windowFrom = minAt;
  if (windowTo === void 0 && maxAt > -Infinity) windowTo = maxAt;
  summary.generatedAt = iso(generatedAt);
  summary.window = { from: iso(windowFrom), to: iso(windowTo) };
  summary.accepted = accepted;
  summary.rejected = rejected;
  summary.duplicates = duplicates;
  summary.records = accepted + rejected;
  summary.errors = errors.map(({ line, reason }) => ({ line, reason }));
  if (failure) summary.failure = failure;
  if (blindSpots2.size > 0) summary.blindSpots = [...blindSpots2];
  return {
    summary,
    platform: typeof entry.options.platform === "string" ? entry.options.platform : reader.platform,
    coverage: typeof reader.coverage === "function" ? reader.coverage(entry) : reader.coverage,
    generatedAt,
    windowFrom,
    windowTo,
    failed: failure !== void 0 && accepted === 0
  };
}

// src/sources/aws-iam-credential-report.ts
import { Readable } from "node:stream";

// src/sources/csv.ts
import { StringDecoder } from "node:string_decoder";
var MAX_ROW_CHARS = 16 * 1024 * 1024;
async function forEachCsvRow(stream, handlers, maxRowChars = MAX_ROW_CHARS) {
  const decoder = new StringDecoder("utf8");
  let fields = [];
  let field2 = "";
  let inQuotes = false;
  let quoteJustClosed = false;
  let atFieldStart = true;
  let line = 1;
  let rowLine = 1;
  let rowChars = 0;
  let started = false;
  let first = true;
  let oversized = false;
  let pendingCR = false;
  const endRow = () => {
    fields.push(field2);
    if (oversized) handlers.error(rowLine, `row longer than ${maxRowChars} characters`);
    else if (!(fields.length === 1 && fields[0] === "")) handlers.row(fields, rowLine);
    fields = [];
    field2 = "";
    started = false;
    rowChars = 0;
    oversized = false;
    quoteJustClosed = false;
    atFieldStart = true;
  };
  const feed = (text3) => {
    let i = 0;
    if (first && text3.length > 0) {
      first = false;
      if (text3.charCodeAt(0) === 65279) i = 1;
    }
    const n = text3.length;
    while (i < n) {
      if (!started) {
        started = true;
        rowLine = line;
      }
      if (inQuotes) {
        const q = text3.indexOf('"', i);
        const end = q === -1 ? n : q;
        const piece = text3.slice(i, end);
        for (let k = piece.indexOf("\n"); k !== -1; k = piece.indexOf("\n", k + 1)) line++;
        rowChars += piece.length;
        if (rowChars > maxRowChars) oversized = true;
        if (!oversized) field2 += piece;
        if (q === -1) return;
        inQuotes = false;
        quoteJustClosed = true;
        i = q + 1;
        continue;
      }
      const c = text3.charCodeAt(i);
      if (pendingCR) {
        pendingCR = false;
        if (c !== 10) {
          field2 += "\r";
          atFieldStart = false;
        }
      }
      if (c === 34) {
        if (quoteJustClosed || atFieldStart) {
          if (quoteJustClosed) field2 += '"';
          inQuotes = true;
        } else {
          field2 += '"';
          rowChars++;
        }
        quoteJustClosed = false;
        atFieldStart = false;
        i++;
      } else if (c === 44) {
        fields.push(oversized ? "" : field2);
        field2 = "";
        quoteJustClosed = false;
        atFieldStart = true;
        i++;
      } else if (c === 10) {
        endRow();
        line++;
        i++;
      } else if (c === 13) {
        pendingCR = true;
        i++;
      } else {
        let j = i + 1;
        while (j < n) {
          const d = text3.charCodeAt(j);
          if (d === 34 || d === 44 || d === 10 || d === 13) break;
          j++;
        }
        rowChars += j - i;
        if (rowChars > maxRowChars) oversized = true;
        if (!oversized) field2 += text3.slice(i, j);
        quoteJustClosed = false;
        atFieldStart = false;
        i = j;
      }
    }
  };
  for await (const chunk of stream) feed(decoder.write(chunk));
  feed(decoder.end());
  if (inQuotes) {
    handlers.error(rowLine, "a quoted field is never closed (the rest of the file was read as one field)");
    return;
  }
  if (started) endRow();
}
function headerIndex(header) {
  const index = /* @__PURE__ */ new Map();
  header.forEach((name, i) => {
    const key = name.trim().toLowerCase();
    if (!index.has(key)) index.set(key, i);
  });
  return index;
}

// src/sources/parse-time.ts
var ZERO = 48;
function digits(s, from, count3) {
  let n = 0;
  for (let i = from; i < from + count3; i++) {
    const c = s.charCodeAt(i) - ZERO;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}
function daysFromCivil(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
var MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1 || d > MONTH_DAYS[m - 1]) return false;
  if (m === 2 && d === 29) return y % 4 === 0 && y % 100 !== 0 || y % 400 === 0;
  return true;
}
function parseTime(text3) {
  const s = text3.length > 0 && (text3.charCodeAt(0) === 32 || text3.charCodeAt(text3.length - 1) === 32) ? text3.trim() : text3;
  if (s.length < 10) return void 0;
  const y = digits(s, 0, 4);
  const sep2 = s[4];
  if (y < 0 || sep2 !== "-" && sep2 !== "/" || s[7] !== sep2) return void 0;
  const mo = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (mo < 0 || d < 0 || !validDate(y, mo, d)) return void 0;
  const day = daysFromCivil(y, mo, d) * DAY;
  if (s.length === 10) return day + DAY - 1;
  const t = s[10];
  if (t !== "T" && t !== " " && t !== "t") return void 0;
  const h = digits(s, 11, 2);
  if (h < 0 || h > 24 || s[13] !== ":") return void 0;
  const mi = digits(s, 14, 2);
  if (mi < 0 || mi > 59) return void 0;
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (s[i] === ":") {
    sec = digits(s, i + 1, 2);
    if (sec < 0 || sec > 60) return void 0;
    i += 3;
    if (s[i] === "." || s[i] === ",") {
      i++;
      const start = i;
      while (i < s.length) {
        const c = s.charCodeAt(i) - ZERO;
        if (c < 0 || c > 9) break;
        if (i - start < 3) ms = ms * 10 + c;
        i++;
      }
      if (i === start) return void 0;
      for (let n = i - start; n < 3; n++) ms *= 10;
    }
  }
  let offset = 0;
  if (i < s.length) {
    let c = s[i];
    if (c === " ") {
      i++;
      c = s[i];
    }
    const rest = s.slice(i);
    if (rest === "Z" || rest === "z" || rest === "UTC" || rest === "GMT") {
      offset = 0;
    } else if (c === "+" || c === "-") {
      const m = /^[+-](\d{1,2})(?::?(\d{2}))?$/.exec(rest);
      if (!m) return void 0;
      const oh = Number(m[1]);
      const om = m[2] ? Number(m[2]) : 0;
      if (oh > 14 || om > 59) return void 0;
      offset = (c === "-" ? -1 : 1) * (oh * 60 + om) * 6e4;
    } else {
      return void 0;
    }
  }
  if (h === 24 && (mi !== 0 || sec !== 0 || ms !== 0)) return void 0;
  return day + h * 36e5 + mi * 6e4 + sec * 1e3 + ms - offset;
}
function isBareDate(text3) {
  return /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(text3);
}
function fromEpoch(n) {
  if (!Number.isFinite(n) || n < 0) return void 0;
  return n < 1e11 ? Math.round(n * 1e3) : Math.round(n);
}
function parseTimeValue(value) {
  if (typeof value === "number") return fromEpoch(value);
  if (typeof value === "string") {
    if (/^\d{10,13}(\.\d+)?$/.test(value)) return fromEpoch(Number(value));
    return parseTime(value);
  }
  return void 0;
}

// src/sources/aws-iam-credential-report.ts
var KEY_TRACKING_START = Date.UTC(2015, 3, 22);
var PASSWORD_TRACKING_START = Date.UTC(2014, 9, 20);
var ROOT_USER = "<root_account>";
var REQUIRED = ["user", "arn", "user_creation_time"];
var CERT_REASON = "AWS does not record when a signing certificate is used";
var KEY_REASON = "N/A for a key created before AWS began tracking access-key use on 2015-04-22: never used, or last used before then";
var PASSWORD_REASON = "no_information for a password set before AWS began tracking sign-ins on 2014-10-20: never used, or last used before then";
var PASSWORD_GAP = "AWS password last-used data misses sign-ins from 2018-05-03 22:50 PDT to 2018-05-23 14:08 PDT (a service issue)";
var RowError = class extends Error {
};
function time(cell2, column) {
  const text3 = cell2(column);
  if (text3 === "" || text3 === "N/A" || text3 === "not_supported" || text3 === "no_information")
    return void 0;
  const t = parseTime(text3);
  if (t === void 0) throw new RowError(`${column} is not a time`);
  return t;
}
function flag(cell2, column) {
  const text3 = cell2(column).toLowerCase();
  if (text3 === "true") return true;
  if (text3 === "false") return false;
  if (text3 === "" || text3 === "not_supported" || text3 === "n/a") return void 0;
  throw new RowError(`${column} is neither true nor false`);
}
function readRow(cell2, line, ctx) {
  const user = cell2("user");
  const arn = cell2("arn");
  if (!arn.startsWith("arn:")) throw new RowError("arn is not an ARN");
  const root = user === ROOT_USER;
  const createdAt = time(cell2, "user_creation_time");
  const credentials = [];
  const passwordEnabled = flag(cell2, "password_enabled");
  const passwordUsed = time(cell2, "password_last_used");
  if (passwordEnabled === true || root && passwordUsed !== void 0) {
    const changed = time(cell2, "password_last_changed");
    const fact = {
      principal: arn,
      credential: "password",
      credentialKind: "password",
      active: true,
      line
    };
    if (changed !== void 0) fact.rotatedAt = changed;
    const expires = time(cell2, "password_next_rotation");
    if (expires !== void 0) fact.expiresAt = expires;
    if (passwordUsed !== void 0) fact.lastUsedAt = passwordUsed;
    else if (cell2("password_last_used") === "no_information") {
      const since = Math.max(changed ?? -Infinity, createdAt ?? -Infinity);
      if (since >= PASSWORD_TRACKING_START) fact.lastUsedAt = null;
      else fact.lastUsedUnknownReason = PASSWORD_REASON;
    }
    credentials.push(fact);
  }
  for (const n of [1, 2]) {
    const prefix = `access_key_${n}`;
    const active = flag(cell2, `${prefix}_active`) === true;
    const rotated = time(cell2, `${prefix}_last_rotated`);
    if (!active && rotated === void 0) continue;
    const fact = {
      principal: arn,
      credential: prefix,
      credentialKind: "access-key",
      active,
      line
    };
    if (!active) fact.state = "inactive";
    if (rotated !== void 0) {
      fact.createdAt = rotated;
      fact.rotatedAt = rotated;
    }
    const used = time(cell2, `${prefix}_last_used_date`);
    if (used !== void 0) fact.lastUsedAt = used;
    else if (rotated !== void 0 && rotated >= KEY_TRACKING_START) fact.lastUsedAt = null;
    else fact.lastUsedUnknownReason = KEY_REASON;
    credentials.push(fact);
  }
  for (const n of [1, 2]) {
    const prefix = `cert_${n}`;
    const active = flag(cell2, `${prefix}_active`) === true;
    const rotated = time(cell2, `${prefix}_last_rotated`);
    if (!active && rotated === void 0) continue;
    const fact = {
      principal: arn,
      credential: prefix,
      credentialKind: "certificate",
      active,
      line
    };
    if (!active) fact.state = "inactive";
    if (rotated !== void 0) {
      fact.createdAt = rotated;
      fact.rotatedAt = rotated;
    }
    fact.lastUsedUnknownReason = CERT_REASON;
    credentials.push(fact);
  }
  const principal = {
    principal: arn,
    aliases: root ? [] : [user],
    kind: root ? "root" : "iam-user",
    line
  };
  if (root) principal.outOfScope = true;
  if (createdAt !== void 0) principal.createdAt = createdAt;
  let lastUsed = passwordUsed ?? -Infinity;
  for (const fact of credentials)
    if (typeof fact.lastUsedAt === "number") lastUsed = Math.max(lastUsed, fact.lastUsedAt);
  if (lastUsed > -Infinity) principal.lastUsedAt = lastUsed;
  const { sink, coverage } = ctx;
  sink.principal(principal);
  for (const fact of credentials) sink.credential(fact);
  for (const t of [createdAt, lastUsed, ...credentials.map((fact) => fact.rotatedAt)]) {
    if (typeof t === "number" && Number.isFinite(t)) coverage.observe(t);
  }
  if (credentials.some((fact) => fact.credentialKind === "certificate")) coverage.blindSpot(CERT_REASON);
  if (credentials.some((fact) => fact.credentialKind === "password")) coverage.blindSpot(PASSWORD_GAP);
}
async function readReport(stream, ctx) {
  const { sink } = ctx;
  let index;
  let width = 0;
  let fields = [];
  const cell2 = (column) => {
    const i = index?.get(column);
    return i === void 0 ? "" : (fields[i] ?? "").trim();
  };
  await forEachCsvRow(stream, {
    row(row, line) {
      if (!index) {
        index = headerIndex(row);
        const missing = REQUIRED.filter((column) => !index?.has(column));
        if (missing.length > 0) {
          throw new InputError(
            `${ctx.file.path} is not an IAM credential report: its header has no ${missing.join(", ")} column (produce it with \`aws iam get-credential-report\`)`,
            ctx.entry.location
          );
        }
        width = row.length;
        return;
      }
      if (row.length !== width) {
        sink.reject(line, `${row.length} fields where the header has ${width}`);
        return;
      }
      fields = row;
      try {
        readRow(cell2, line, ctx);
        sink.accept();
      } catch (error) {
        if (!(error instanceof RowError)) throw error;
        sink.reject(line, error.message);
      }
    },
    error(line, reason) {
      sink.reject(line, reason);
    }
  });
}
async function readApiResponse(ctx) {
  const chunks = [];
  for await (const chunk of ctx.file.open()) chunks.push(chunk);
  let response;
  try {
    response = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    ctx.sink.reject(1, "not valid JSON, and not a credential report CSV");
    return;
  }
  if (typeof response?.Content !== "string") {
    ctx.sink.reject(
      1,
      'a JSON file without the report\'s "Content" (expected `aws iam get-credential-report` output)'
    );
    return;
  }
  const generated = typeof response.GeneratedTime === "string" ? parseTime(response.GeneratedTime) : void 0;
  if (generated !== void 0) ctx.coverage.setGeneratedAt(generated);
  await readReport(Readable.from([Buffer.from(response.Content, "base64")]), ctx);
}
async function firstCharacter(ctx) {
  const stream = ctx.file.open();
  let head = "";
  for await (const chunk of stream) {
    head += chunk.toString("utf8", 0, Math.min(chunk.length, 64));
    if (head.replace(/^\uFEFF/, "").trim() !== "") break;
  }
  stream.destroy();
  return head.replace(/^\uFEFF/, "").trimStart().charAt(0);
}
var awsIamCredentialReportReader = {
  type: "aws-iam-credential-report",
  platform: "aws",
  coverage: "snapshot",
  async read(ctx) {
    ctx.coverage.setWindowFrom(PASSWORD_TRACKING_START);
    if (await firstCharacter(ctx) === "{") await readApiResponse(ctx);
    else await readReport(ctx.file.open(), ctx);
  }
};

// src/sources/action-kind.ts
var AUTH_WORDS = /* @__PURE__ */ new Set([
  "login",
  "logon",
  "logout",
  "logoff",
  "signin",
  "signon",
  "signout",
  "authenticate",
  "authenticated",
  "authentication",
  "reauthenticate",
  "sso",
  "session",
  "sessions"
]);
var AUTH_VERBS = /* @__PURE__ */ new Set(["log", "logged", "sign", "signed"]);
var AUTH_PARTICLES = /* @__PURE__ */ new Set(["in", "on", "out", "off"]);
var TOKEN_WORDS = /* @__PURE__ */ new Set(["token", "tokens", "credential", "credentials"]);
var TOKEN_LIFECYCLE = /* @__PURE__ */ new Set([
  "refresh",
  "refreshed",
  "renew",
  "renewed",
  "issue",
  "issued",
  "exchange",
  "exchanged",
  "mint",
  "minted",
  "grant",
  "granted",
  "generate",
  "generated",
  "request",
  "requested",
  "lookup",
  "create",
  "created"
]);
function actionWords(action) {
  return action.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter((word) => word !== "");
}
function isAuthLike(action) {
  const words = actionWords(action);
  let token = false;
  let lifecycle = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (AUTH_WORDS.has(word)) return true;
    if (AUTH_VERBS.has(word) && AUTH_PARTICLES.has(words[i + 1])) return true;
    if (word === "assume" && words[i + 1] === "role") return true;
    if (TOKEN_WORDS.has(word)) token = true;
    if (TOKEN_LIFECYCLE.has(word) || word === "self" && words[i - 1] === "lookup") lifecycle = true;
  }
  return token && lifecycle;
}
function actionGlob(pattern) {
  let source = "";
  let inBraces = false;
  for (const ch of pattern) {
    if (ch === "*") source += ".*";
    else if (ch === "?") source += ".";
    else if (ch === "{" && !inBraces) {
      source += "(?:";
      inBraces = true;
    } else if (ch === "}" && inBraces) {
      source += ")";
      inBraces = false;
    } else if (ch === "," && inBraces) source += "|";
    else source += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  }
  if (inBraces) source += ")";
  return new RegExp(`^${source}$`, "i");
}
function meaningfulMatcher(patterns) {
  const include = [];
  const exclude = [];
  const explicit = /* @__PURE__ */ new Set();
  for (const pattern of patterns) {
    if (pattern.startsWith("!")) exclude.push(actionGlob(pattern.slice(1)));
    else {
      include.push(actionGlob(pattern));
      if (!/[*?{]/.test(pattern)) explicit.add(pattern.toLowerCase());
    }
  }
  return (action) => {
    if (exclude.some((re) => re.test(action))) return false;
    if (explicit.has(action.toLowerCase())) return true;
    return !isAuthLike(action) && include.some((re) => re.test(action));
  };
}

// src/sources/mapping.ts
var ROLES = [
  "principal",
  "use",
  "login",
  "at",
  "action",
  "credential",
  "created",
  "status"
];
var DEFAULT_NEVER = ["", "never", "n/a", "none", "null", "-"];
var UNUSABLE_STATUSES = /* @__PURE__ */ new Set([
  "suspended",
  "disabled",
  "deactivated",
  "inactive",
  "deprovisioned",
  "locked",
  "revoked",
  "expired",
  "blocked",
  "archived"
]);
var cache = /* @__PURE__ */ new WeakMap();
function mappingFor(entry) {
  let mapping = cache.get(entry);
  if (!mapping) {
    mapping = parseMapping(entry);
    cache.set(entry, mapping);
  }
  return mapping;
}
function fail(entry, message) {
  throw new ConfigurationError(
    `source ${entry.type} ${entry.path ?? ""}: ${message}`.replace("  ", " "),
    entry.location
  );
}
function stringList(entry, key, value) {
  if (value === void 0) return void 0;
  const list = typeof value === "string" ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === "string")) {
    fail(entry, `\`${key}\` must be a list of strings`);
  }
  return list;
}
function parseMapping(entry) {
  const raw = entry.options.columns;
  if (raw === void 0 || raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    fail(
      entry,
      "`columns:` is required: at least `principal:` and one of `use:`, `at:`, `login:` or `created:`"
    );
  }
  const columns = {};
  for (const [role, name] of Object.entries(raw)) {
    if (!ROLES.includes(role)) {
      const hint = didYouMean(role, ROLES);
      fail(
        entry,
        `unknown key \`columns.${role}\`${hint ? ` (did you mean \`${hint}\`?)` : ""}; the keys are ${ROLES.join(", ")}`
      );
    }
    if (typeof name !== "string" || name.trim() === "") fail(entry, `\`columns.${role}\` must name a column`);
    columns[role] = name.trim();
  }
  if (!columns.principal) fail(entry, "`columns.principal` is required: the column that names who used it");
  if (!columns.use && !columns.at && !columns.login && !columns.created) {
    fail(entry, "`columns:` needs one of `use:` (last use), `at:` (event time), `login:` or `created:`");
  }
  if (columns.at && (columns.use || columns.login)) {
    fail(
      entry,
      "`columns.at` (one row per event) cannot be combined with `use:` or `login:` (one row per principal)"
    );
  }
  const never = new Set(DEFAULT_NEVER);
  for (const value of stringList(entry, "never", entry.options.never) ?? [])
    never.add(value.trim().toLowerCase());
  const meaningful = stringList(entry, "meaningful", entry.options.meaningful) ?? ["*"];
  const platform = entry.options.platform;
  if (platform !== void 0 && (typeof platform !== "string" || platform === "")) {
    fail(entry, "`platform` must be a name such as aws, github or okta");
  }
  return {
    columns,
    never,
    isMeaningful: meaningfulMatcher(meaningful),
    mode: columns.at ? "events" : "snapshot"
  };
}
function didYouMean(name, candidates) {
  const target = name.toLowerCase();
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance2(target, candidate.toLowerCase());
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  return best !== void 0 && bestDistance <= Math.max(2, Math.floor(target.length / 3)) ? best : void 0;
}
function editDistance2(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
function missingColumn(entry, role, name, header) {
  const hint = didYouMean(name, header);
  const listed = header.slice(0, 40).map((column) => JSON.stringify(column)).join(", ");
  fail(
    entry,
    `\`columns.${role}\` names ${JSON.stringify(name)}, which the file does not have${hint ? ` (did you mean ${JSON.stringify(hint)}?)` : ""}; its columns are ${listed}${header.length > 40 ? `, and ${header.length - 40} more` : ""}`
  );
}

// src/sources/mapped-records.ts
var RecordError = class extends Error {
};
var MappedEmitter = class {
  constructor(mapping, ctx) {
    this.mapping = mapping;
    this.ctx = ctx;
  }
  mapping;
  ctx;
  // In event mode a principal's created/status travel on every row: emit a fact only when they change,
  // so memory and output grow with principals, not events.
  lastState = /* @__PURE__ */ new Map();
  /** Emits one record's facts or event. Throws RecordError for a record that cannot be read. */
  emit(value, line) {
    const { columns } = this.mapping;
    const principal = this.text(value("principal"));
    if (principal === void 0)
      throw new RecordError(`no principal in ${JSON.stringify(columns.principal)}`);
    const credential = columns.credential ? this.text(value("credential")) : void 0;
    const created = columns.created ? this.time("created", value("created")) : null;
    const status = columns.status ? this.text(value("status")) : void 0;
    const unusable = status === void 0 ? void 0 : UNUSABLE_STATUSES.has(status.toLowerCase());
    if (this.mapping.mode === "events") {
      this.emitEvent(value, line, principal, credential);
      const state = `${created ?? ""}|${status ?? ""}`;
      if ((created !== null || status !== void 0) && this.lastState.get(principal) !== state) {
        this.lastState.set(principal, state);
        this.ctx.sink.principal(principalFact(principal, line, created, status, unusable));
      }
      return;
    }
    const use = columns.use ? this.time("use", value("use")) : void 0;
    const login = columns.login ? this.time("login", value("login")) : void 0;
    if (credential !== void 0) {
      const fact2 = { principal, credential, active: unusable !== true, line };
      if (created !== null) fact2.createdAt = created;
      if (use !== void 0) fact2.lastUsedAt = use;
      if (unusable) fact2.state = status?.toLowerCase();
      this.ctx.sink.credential(fact2);
      if (login !== void 0) this.ctx.sink.principal({ principal, aliases: [], lastLoginAt: login, line });
      return;
    }
    const fact = principalFact(principal, line, created, status, unusable);
    if (use !== void 0) fact.lastUsedAt = use;
    if (login !== void 0) fact.lastLoginAt = login;
    this.ctx.sink.principal(fact);
  }
  emitEvent(value, line, principal, credential) {
    const at = this.time("at", value("at"));
    if (at === null) throw new RecordError(`no time in ${JSON.stringify(this.mapping.columns.at)}`);
    const action = this.mapping.columns.action ? this.text(value("action")) : void 0;
    const login = action !== void 0 && isAuthLike(action) && !this.mapping.isMeaningful(action);
    this.ctx.sink.usage({
      principal,
      ...credential !== void 0 && { credential },
      at,
      ...action !== void 0 && { action },
      meaningful: this.mapping.isMeaningful(action ?? ""),
      ...login && { login: true },
      ok: true,
      line
    });
  }
  /** A value as trimmed text, or undefined when absent or one of the `never` values. */
  text(raw) {
    if (raw === void 0 || raw === null || typeof raw === "object") return void 0;
    const text3 = (typeof raw === "string" ? raw : String(raw)).trim();
    return this.mapping.never.has(text3.toLowerCase()) ? void 0 : text3;
  }
  /** A time (ISO text or epoch number), null for "no value"; never echoes a value it cannot read. */
  time(role, raw) {
    const t = typeof raw === "number" ? parseTimeValue(raw) : this.textTime(raw);
    if (t === null) return null;
    if (t === void 0) throw new RecordError(`${JSON.stringify(this.mapping.columns[role])} is not a time`);
    this.ctx.coverage.observe(t);
    return t;
  }
  textTime(raw) {
    if (typeof raw === "object" && raw !== null) return void 0;
    const text3 = this.text(raw);
    return text3 === void 0 ? null : parseTimeValue(text3);
  }
};
function principalFact(principal, line, created, status, unusable) {
  const fact = { principal, aliases: [], line };
  if (created !== null) fact.createdAt = created;
  if (unusable !== void 0) fact.disabled = unusable;
  if (unusable) fact.state = status?.toLowerCase();
  return fact;
}

// src/sources/generic-csv.ts
var MAPPING_OPTIONS = ["columns", "never", "meaningful", "platform"];
function mappedCoverage(entry) {
  const columns = entry.options.columns;
  return columns && typeof columns === "object" && columns.at ? "events" : "snapshot";
}
var genericCsvReader = {
  type: "csv",
  platform: "generic",
  coverage: mappedCoverage,
  options: MAPPING_OPTIONS,
  validate(entry) {
    mappingFor(entry);
  },
  async read(ctx) {
    const { entry, sink } = ctx;
    const mapping = mappingFor(entry);
    const emitter = new MappedEmitter(mapping, ctx);
    const roles = ROLES.filter((role) => mapping.columns[role] !== void 0);
    let indices;
    let needed = 0;
    let fields = [];
    const value = (role) => {
      const i = indices?.[role];
      return i === void 0 ? void 0 : fields[i];
    };
    await forEachCsvRow(ctx.file.open(), {
      row(row, line) {
        if (!indices) {
          const index = headerIndex(row);
          indices = {};
          for (const role of roles) {
            const name = mapping.columns[role];
            const i = index.get(name.toLowerCase());
            if (i === void 0) missingColumn(entry, role, name, row);
            indices[role] = i;
            needed = Math.max(needed, i + 1);
          }
          return;
        }
        if (row.length < needed) {
          sink.reject(line, `${row.length} fields, fewer than the ${needed} the mapped columns need`);
          return;
        }
        fields = row;
        try {
          emitter.emit(value, line);
          sink.accept();
        } catch (error) {
          if (!(error instanceof RecordError)) throw error;
          sink.reject(line, error.message);
        }
      },
      error(line, reason) {
        sink.reject(line, reason);
      }
    });
  }
};

// src/sources/json-error.ts
var OBJECT = 1;
var ARRAY = 2;
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var ESCAPES = /* @__PURE__ */ new Set(['"', "\\", "/", "b", "f", "n", "r", "t"]);
function jsonErrorOffset(text3) {
  const n = text3.length;
  const stack = [];
  let i = 0;
  let expect = "value";
  const skipSpace = () => {
    while (i < n) {
      const c = text3.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
  };
  const scanString = () => {
    i++;
    while (i < n) {
      const c = text3[i];
      if (c === '"') {
        i++;
        return true;
      }
      if (c === "\\") {
        const e = text3[i + 1];
        if (e === "u" && /^[0-9a-fA-F]{4}$/.test(text3.slice(i + 2, i + 6))) i += 6;
        else if (e !== void 0 && ESCAPES.has(e)) i += 2;
        else return false;
      } else if (text3.charCodeAt(i) < 32) return false;
      else i++;
    }
    return false;
  };
  for (; ; ) {
    skipSpace();
    if (expect === "key" || expect === "first-key") {
      if (expect === "first-key" && text3[i] === "}") {
        i++;
        stack.pop();
      } else {
        if (text3[i] !== '"' || !scanString()) return i;
        skipSpace();
        if (text3[i] !== ":") return i;
        i++;
        expect = "value";
        continue;
      }
    } else if (expect === "first-value" && text3[i] === "]") {
      i++;
      stack.pop();
    } else {
      const c = text3[i];
      const start = i;
      if (c === "{" || c === "[") {
        stack.push(c === "{" ? OBJECT : ARRAY);
        i++;
        expect = c === "{" ? "first-key" : "first-value";
        continue;
      }
      if (c === '"') {
        if (!scanString()) return i >= n ? n : i;
      } else if (text3.startsWith("true", i) || text3.startsWith("null", i)) i += 4;
      else if (text3.startsWith("false", i)) i += 5;
      else {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text3)) return start;
        i = NUMBER.lastIndex;
      }
    }
    for (; ; ) {
      skipSpace();
      if (stack.length === 0) return i < n ? i : -1;
      const top = stack[stack.length - 1];
      const c = text3[i];
      if (c === ",") {
        i++;
        expect = top === OBJECT ? "key" : "value";
        break;
      }
      if (top === OBJECT && c === "}" || top === ARRAY && c === "]") {
        i++;
        stack.pop();
        continue;
      }
      return i;
    }
  }
}

// src/sources/lines.ts
var MAX_LINE_BYTES = 16 * 1024 * 1024;
async function forEachLine(stream, handlers, maxLineBytes = MAX_LINE_BYTES) {
  let pending = [];
  let pendingBytes = 0;
  let skipping = false;
  let lineNumber = 0;
  let first = true;
  const emit2 = (buf) => {
    lineNumber++;
    let end = buf.length;
    if (end > 0 && buf[end - 1] === 13) end--;
    let start = 0;
    if (first) {
      first = false;
      if (end >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) start = 3;
    }
    handlers.line(buf.toString("utf8", start, end), lineNumber);
  };
  for await (const chunk of stream) {
    let from = 0;
    for (; ; ) {
      const nl = chunk.indexOf(10, from);
      if (nl === -1) break;
      if (skipping) {
        skipping = false;
        lineNumber++;
        handlers.tooLong?.(lineNumber, pendingBytes + nl - from);
        pendingBytes = 0;
        first = false;
      } else if (pendingBytes + nl - from > maxLineBytes) {
        lineNumber++;
        handlers.tooLong?.(lineNumber, pendingBytes + nl - from);
        pending = [];
        pendingBytes = 0;
        first = false;
      } else if (pending.length === 0) {
        emit2(chunk.subarray(from, nl));
      } else {
        pending.push(chunk.subarray(from, nl));
        emit2(Buffer.concat(pending));
        pending = [];
        pendingBytes = 0;
      }
      from = nl + 1;
    }
    if (from < chunk.length) {
      const rest = chunk.length - from;
      if (skipping) {
        pendingBytes += rest;
      } else if (pendingBytes + rest > maxLineBytes) {
        skipping = true;
        pendingBytes += rest;
        pending = [];
      } else {
        pending.push(Buffer.from(chunk.subarray(from)));
        pendingBytes += rest;
      }
    }
  }
  if (skipping) {
    lineNumber++;
    handlers.tooLong?.(lineNumber, pendingBytes);
  } else if (pending.length > 0) {
    const last = Buffer.concat(pending);
    if (last.length > 0) emit2(last);
  }
  return lineNumber;
}

// src/sources/json.ts
var MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
var MAX_DEPTH2 = 256;
async function forEachJsonRecord(open, handlers) {
  const shape = await sniff(open());
  if (shape === "array") await streamArray(open(), handlers);
  else if (shape === "lines") await streamLines(open(), handlers);
  else await readDocument(open(), handlers);
  return shape;
}
async function sniff(stream) {
  let head = "";
  for await (const chunk of stream) {
    head += chunk.toString("utf8");
    if (head.length >= 65536) break;
  }
  stream.destroy();
  const text3 = head.replace(/^\uFEFF/, "").trimStart();
  const firstChar = text3[0];
  if (firstChar === "[") return "array";
  const newline = text3.indexOf("\n");
  if (newline === -1) return "lines";
  const firstLine = text3.slice(0, newline).trim();
  if (parsesAsObject(firstLine)) return "lines";
  if (firstChar !== "{") return "lines";
  const rest = text3.slice(newline + 1).split("\n", 3);
  const next = rest.find((line) => line.trim() !== "");
  if (next !== void 0 && next.startsWith("{") && parsesAsObject(next.trim())) return "lines";
  return "document";
}
function parsesAsObject(text3) {
  if (!text3.startsWith("{")) return false;
  try {
    const value = JSON.parse(text3);
    return typeof value === "object" && value !== null;
  } catch {
    return false;
  }
}
async function streamLines(stream, handlers) {
  await forEachLine(stream, {
    line(text3, n) {
      const t = text3.trim();
      if (t === "") return;
      try {
        handlers.record(JSON.parse(t), n);
      } catch (error) {
        handlers.error(n, `not valid JSON: ${jsonReason(error)}`);
      }
    },
    tooLong(n, bytes) {
      handlers.error(n, `line of ${bytes} bytes is over the ${MAX_LINE_BYTES}-byte limit`);
    }
  });
}
async function readDocument(stream, handlers) {
  const chunks = [];
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    if (size > MAX_DOCUMENT_BYTES) {
      stream.destroy();
      handlers.error(1, `a single JSON document over ${MAX_DOCUMENT_BYTES} bytes; export it as JSON lines`);
      return;
    }
    chunks.push(chunk);
  }
  const text3 = Buffer.concat(chunks).toString("utf8").replace(/^\uFEFF/, "");
  try {
    handlers.record(JSON.parse(text3), 1);
  } catch (error) {
    handlers.error(lineOfJsonError(text3, error), `not valid JSON: ${jsonReason(error)}`);
  }
}
async function streamArray(stream, handlers) {
  let line = 1;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts = [];
  let partBytes = 0;
  let elementLine = 0;
  let inElement = false;
  let scalarElement = false;
  let closed = false;
  let tooBig = false;
  let first = true;
  const finish2 = () => {
    const text3 = Buffer.concat(parts).toString("utf8");
    parts = [];
    partBytes = 0;
    inElement = false;
    scalarElement = false;
    if (tooBig) {
      tooBig = false;
      handlers.error(elementLine, `array element over ${MAX_LINE_BYTES} bytes`);
      return;
    }
    try {
      handlers.record(JSON.parse(text3), elementLine);
    } catch (error) {
      handlers.error(elementLine, `not valid JSON: ${jsonReason(error)}`);
    }
  };
  for await (const chunk of stream) {
    let start = 0;
    if (first) {
      first = false;
      if (chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) start = 3;
    }
    let segmentStart = inElement ? start : -1;
    for (let i = start; i < chunk.length; i++) {
      const b = chunk[i];
      if (b === 10) line++;
      if (closed) continue;
      if (inString) {
        if (escaped) escaped = false;
        else if (b === 92) escaped = true;
        else if (b === 34) {
          inString = false;
          if (scalarElement && depth === 1) {
            append(chunk.subarray(segmentStart, i + 1));
            segmentStart = -1;
            finish2();
          }
        }
        continue;
      }
      if (depth === 0) {
        if (b === 91) depth = 1;
        else if (!(b === 32 || b === 10 || b === 13 || b === 9)) {
          handlers.error(line, "unexpected data after the JSON array");
          closed = true;
        }
        continue;
      }
      if (depth === 1 && !inElement) {
        if (b === 32 || b === 10 || b === 13 || b === 9 || b === 44) continue;
        if (b === 93) {
          depth = 0;
          continue;
        }
        inElement = true;
        elementLine = line;
        segmentStart = i;
        if (b === 123 || b === 91) depth++;
        else {
          scalarElement = true;
          if (b === 34) inString = true;
        }
        continue;
      }
      if (b === 34) inString = true;
      else if (b === 123 || b === 91) {
        depth++;
        if (depth > MAX_DEPTH2) {
          handlers.error(line, `nesting deeper than ${MAX_DEPTH2} levels`);
          closed = true;
          parts = [];
          inElement = false;
        }
      } else if (b === 125 || b === 93) {
        if (scalarElement && depth === 1) {
          append(chunk.subarray(segmentStart, i));
          segmentStart = -1;
          finish2();
          depth = 0;
          continue;
        }
        depth--;
        if (depth === 1 && inElement) {
          append(chunk.subarray(segmentStart, i + 1));
          segmentStart = -1;
          finish2();
        }
      } else if (b === 44 && scalarElement && depth === 1) {
        append(chunk.subarray(segmentStart, i));
        segmentStart = -1;
        finish2();
      }
    }
    if (inElement && segmentStart !== -1) append(chunk.subarray(segmentStart));
  }
  if (!closed && (inElement || depth > 0)) {
    handlers.error(
      inElement ? elementLine : line,
      "the JSON array ends before it is closed (truncated file?)"
    );
  }
  function append(piece) {
    if (tooBig) return;
    partBytes += piece.length;
    if (partBytes > MAX_LINE_BYTES) {
      tooBig = true;
      parts = [];
      return;
    }
    parts.push(Buffer.from(piece));
  }
}
function jsonReason(error) {
  let reason = error instanceof Error ? error.message : String(error);
  if (reason.endsWith(" is not valid JSON")) {
    const quoted = reason.search(/,? (?:\.\.\.)?"/);
    reason = quoted > 0 ? reason.slice(0, quoted) : "malformed value";
  }
  return reason.slice(0, 120);
}
function lineOfJsonError(text3, error) {
  const m = /position (\d+)/.exec(error instanceof Error ? error.message : "");
  let pos = m ? Number(m[1]) : jsonErrorOffset(text3);
  if (pos < 0) return 1;
  pos = Math.min(pos, text3.length);
  let line = 1;
  for (let i = text3.indexOf("\n"); i !== -1 && i < pos; i = text3.indexOf("\n", i + 1)) line++;
  return line;
}

// src/sources/generic-jsonl.ts
function compilePath(path9) {
  const parts = path9.split(".");
  return (record) => {
    if (typeof record !== "object" || record === null) return void 0;
    const whole = record[path9];
    if (whole !== void 0 || parts.length === 1) return whole;
    let value = record;
    for (const part of parts) {
      if (typeof value !== "object" || value === null) return void 0;
      value = value[part];
    }
    return value;
  };
}
function fieldPaths(record, prefix = "", depth = 0, out = []) {
  if (typeof record !== "object" || record === null || Array.isArray(record) || out.length >= 60) return out;
  for (const [key, value] of Object.entries(record)) {
    const path9 = prefix ? `${prefix}.${key}` : key;
    if (depth < 3 && typeof value === "object" && value !== null && !Array.isArray(value)) {
      fieldPaths(value, path9, depth + 1, out);
    } else out.push(path9);
    if (out.length >= 60) break;
  }
  return out;
}
function recordsPath(entry) {
  const option = entry.options.records;
  if (option === void 0) return void 0;
  if (typeof option !== "string" || option.trim() === "") {
    throw new ConfigurationError(
      `source jsonl: \`records\` must be a dot path such as value or data.items`,
      entry.location
    );
  }
  return compilePath(option.trim());
}
var genericJsonlReader = {
  type: "jsonl",
  platform: "generic",
  coverage: mappedCoverage,
  options: [...MAPPING_OPTIONS, "records"],
  validate(entry) {
    mappingFor(entry);
    recordsPath(entry);
  },
  async read(ctx) {
    const { entry, sink } = ctx;
    const mapping = mappingFor(entry);
    const inner = recordsPath(entry);
    const emitter = new MappedEmitter(mapping, ctx);
    const paths = /* @__PURE__ */ new Map();
    for (const role of ROLES) {
      const name = mapping.columns[role];
      if (name !== void 0) paths.set(role, compilePath(name));
    }
    const principalPath = paths.get("principal");
    let current;
    const value = (role) => paths.get(role)?.(current);
    let objects = 0;
    let withPrincipal = 0;
    let firstObject;
    const one = (record, line) => {
      if (typeof record !== "object" || record === null || Array.isArray(record)) {
        sink.reject(
          line,
          `expected a JSON object, found ${Array.isArray(record) ? "an array" : typeof record}`
        );
        return;
      }
      objects++;
      firstObject ??= record;
      if (principalPath(record) !== void 0) withPrincipal++;
      current = record;
      try {
        emitter.emit(value, line);
        sink.accept();
      } catch (error) {
        if (!(error instanceof RecordError)) throw error;
        sink.reject(line, error.message);
      }
    };
    await forEachJsonRecord(() => ctx.file.open(), {
      record(record, line) {
        let records = inner ? inner(record) : record;
        if (inner && records === void 0) {
          sink.reject(line, `no ${JSON.stringify(entry.options.records)} array in this record`);
          return;
        }
        if (!Array.isArray(records)) records = [records];
        for (const item of records) {
          if (Array.isArray(item)) for (const nested of item) one(nested, line);
          else one(item, line);
        }
      },
      error(line, reason) {
        sink.reject(line, reason);
      }
    });
    if (objects > 0 && withPrincipal === 0) {
      const fields = fieldPaths(firstObject);
      const hint = didYouMean(mapping.columns.principal, fields);
      throw new ConfigurationError(
        `source jsonl ${entry.path ?? ""}: no record has ${JSON.stringify(mapping.columns.principal)} (\`columns.principal\`)${hint ? `; did you mean ${JSON.stringify(hint)}?` : ""}; the first record's fields are ${fields.map((f) => JSON.stringify(f)).join(", ")}`,
        entry.location
      );
    }
  }
};

// src/sources/github-audit-events.ts
var AUTH_CATEGORIES = /* @__PURE__ */ new Set(["oauth_authorization", "org_credential_authorization", "user_session"]);
var TOKEN_CATEGORIES = /* @__PURE__ */ new Set(["personal_access_token", "oauth_access", "public_key", "deploy_key"]);
var MEMBERSHIP = /(^|_)(members?|membership|invite|invitation)(_|$)/;
var FAILURE = /(^|_)(fail|failed|failure|denied|deny|rejected|reject|blocked)(_|$)/;
var FIRST_PARTY_APPS = /* @__PURE__ */ new Set([
  "github-actions",
  "dependabot",
  "dependabot-preview",
  "github-merge-queue",
  "github-advanced-security",
  "copilot-swe-agent"
]);
function meaningOf(event) {
  const dot = event.action.indexOf(".");
  const category = dot === -1 ? event.action : event.action.slice(0, dot);
  const operation = dot === -1 ? "" : event.action.slice(dot + 1);
  const ok = !FAILURE.test(operation);
  const tokenCategory = TOKEN_CATEGORIES.has(category);
  const onItself = event.user === void 0 || event.user === event.actor;
  const login = event.operationType === "authentication" || AUTH_CATEGORIES.has(category) || !tokenCategory && isAuthLike(event.action);
  const lifecycle = (tokenCategory || MEMBERSHIP.test(operation)) && onItself;
  const meaning = {
    meaningful: ok && !login && !lifecycle,
    login,
    ok,
    tokenIsCredential: !tokenCategory
  };
  const browser = event.hashedToken || event.accessType || event.actorIsBot ? void 0 : browserOf(event.userAgent);
  if (browser) meaning.interactive = `web UI in ${browser}`;
  return meaning;
}
function browserOf(userAgent) {
  if (!userAgent || !userAgent.startsWith("Mozilla/")) return void 0;
  if (userAgent.includes("Edg/")) return "Edge";
  if (userAgent.includes("Firefox/")) return "Firefox";
  if (userAgent.includes("Chrome/")) return "Chrome";
  if (userAgent.includes("Safari/")) return "Safari";
  return "a browser";
}
function principalOf(actor) {
  if (actor.endsWith("[bot]")) {
    const slug = actor.slice(0, -5);
    return { principal: `app:${slug}`, app: slug };
  }
  return { principal: actor };
}
function text(value) {
  if (typeof value === "string") return value === "" ? void 0 : value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return void 0;
}
function eventFromJson(record) {
  return normalise(
    record["@timestamp"] ?? record.created_at,
    record.action,
    record.actor,
    record.user,
    record._document_id,
    record.hashed_token,
    record.token_id,
    record.programmatic_access_type,
    record.user_agent,
    record.actor_is_bot,
    record.operation_type
  );
}
function eventFromCsv(row, c) {
  const at = c.timestamp !== void 0 && row[c.timestamp] || (c.createdAt !== void 0 ? row[c.createdAt] : void 0);
  const cell2 = (i) => i === void 0 ? void 0 : row[i];
  return normalise(
    at,
    row[c.action],
    row[c.actor],
    cell2(c.user),
    cell2(c.documentId),
    cell2(c.hashedToken),
    cell2(c.tokenId),
    cell2(c.accessType),
    cell2(c.userAgent),
    cell2(c.actorIsBot),
    cell2(c.operationType)
  );
}
function normalise(time3, action, actor, user, documentId, hashedToken, tokenId, accessType, userAgent, actorIsBot, operationType) {
  if (time3 === void 0 || time3 === null || time3 === "") return "no @timestamp or created_at";
  const at = parseTimeValue(time3);
  if (at === void 0) return "@timestamp is not a time";
  const name = text(action);
  if (name === void 0) return "no action";
  const event = {
    at,
    action: name,
    actor: text(actor) ?? "",
    actorIsBot: actorIsBot === true || actorIsBot === "true"
  };
  let t;
  if ((t = text(user)) !== void 0) event.user = t;
  if ((t = text(documentId)) !== void 0) event.documentId = t;
  if ((t = text(hashedToken)) !== void 0) event.hashedToken = t;
  if ((t = text(tokenId)) !== void 0) event.tokenId = t;
  if ((t = text(accessType)) !== void 0) event.accessType = t;
  if ((t = text(userAgent)) !== void 0) event.userAgent = t;
  if ((t = text(operationType)) !== void 0) event.operationType = t;
  return event;
}

// src/sources/github-audit-log.ts
var RECENT_IDS = 1 << 16;
var RETENTION = 180 * DAY;
var RecentIds = class {
  constructor(capacity = RECENT_IDS) {
    this.capacity = capacity;
    this.ring = new Array(capacity);
  }
  capacity;
  ring;
  seen = /* @__PURE__ */ new Set();
  next = 0;
  /** True when `id` was seen recently; remembers it otherwise. */
  seenBefore(id) {
    if (this.seen.has(id)) return true;
    const evicted = this.ring[this.next];
    if (evicted !== void 0) this.seen.delete(evicted);
    this.ring[this.next] = id;
    this.next = (this.next + 1) % this.capacity;
    this.seen.add(id);
    return false;
  }
};
var states = /* @__PURE__ */ new WeakMap();
function stateFor(ctx) {
  let state = states.get(ctx.entry);
  if (!state || state.files.has(ctx.file.path)) {
    state = { recent: new RecentIds(), apps: /* @__PURE__ */ new Set(), files: /* @__PURE__ */ new Set() };
    states.set(ctx.entry, state);
  }
  state.files.add(ctx.file.path);
  return state;
}
function emit(event, line, ctx, state) {
  const { sink } = ctx;
  if (event.documentId !== void 0 && state.recent.seenBefore(event.documentId)) {
    sink.accept("duplicate");
    return;
  }
  ctx.coverage.observe(event.at);
  if (event.actor === "") {
    sink.accept("ignored");
    return;
  }
  const meaning = meaningOf(event);
  const { principal, app } = principalOf(event.actor);
  if (app !== void 0 && !state.apps.has(principal)) {
    state.apps.add(principal);
    sink.principal({
      principal,
      aliases: [event.actor],
      kind: "github-app",
      ...FIRST_PARTY_APPS.has(app) && { outOfScope: true },
      line
    });
  }
  sink.usage({
    principal,
    ...meaning.tokenIsCredential && event.tokenId !== void 0 && { credential: `token:${event.tokenId}` },
    at: event.at,
    action: event.action,
    meaningful: meaning.meaningful,
    ...meaning.login && { login: true },
    ...meaning.interactive !== void 0 && { interactive: true, detail: meaning.interactive },
    ok: meaning.ok,
    line
  });
  sink.accept();
}
async function readJson(ctx, state) {
  const one = (record, line) => {
    if (typeof record !== "object" || record === null || Array.isArray(record)) {
      ctx.sink.reject(line, "not an audit log event (expected a JSON object)");
      return;
    }
    const event = eventFromJson(record);
    if (typeof event === "string") ctx.sink.reject(line, event);
    else emit(event, line, ctx, state);
  };
  await forEachJsonRecord(() => ctx.file.open(), {
    record(value, line) {
      if (Array.isArray(value)) for (const item of value) one(item, line);
      else one(value, line);
    },
    error(line, reason) {
      ctx.sink.reject(line, reason);
    }
  });
}
async function readCsv(ctx, state) {
  let columns;
  await forEachCsvRow(ctx.file.open(), {
    row(row, line) {
      if (!columns) {
        columns = csvColumns(row, ctx);
        return;
      }
      const event = eventFromCsv(row, columns);
      if (typeof event === "string") ctx.sink.reject(line, event);
      else emit(event, line, ctx, state);
    },
    error(line, reason) {
      ctx.sink.reject(line, reason);
    }
  });
}
function csvColumns(header, ctx) {
  const index = headerIndex(header);
  const action = index.get("action");
  const actor = index.get("actor");
  const timestamp = index.get("@timestamp");
  const createdAt = index.get("created_at");
  if (action === void 0 || actor === void 0 || timestamp === void 0 && createdAt === void 0) {
    throw new InputError(
      `${ctx.file.path} is not a GitHub audit log CSV export: its header needs action, actor and @timestamp or created_at`,
      ctx.entry.location
    );
  }
  return {
    timestamp,
    createdAt,
    action,
    actor,
    user: index.get("user"),
    documentId: index.get("_document_id"),
    hashedToken: index.get("hashed_token"),
    tokenId: index.get("token_id"),
    accessType: index.get("programmatic_access_type"),
    userAgent: index.get("user_agent"),
    actorIsBot: index.get("actor_is_bot"),
    operationType: index.get("operation_type")
  };
}
async function isJson(ctx) {
  const stream = ctx.file.open();
  let head = "";
  for await (const chunk of stream) {
    head += chunk.toString("utf8", 0, Math.min(chunk.length, 256));
    if (head.replace(/^\uFEFF/, "").trim() !== "") break;
  }
  stream.destroy();
  const first = head.replace(/^\uFEFF/, "").trimStart().charAt(0);
  return first === "[" || first === "{";
}
var githubAuditLogReader = {
  type: "github-audit-log",
  platform: "github",
  coverage: "events",
  async read(ctx) {
    const { coverage, entry } = ctx;
    coverage.blindSpot(
      "GitHub keeps Git events (clone, fetch, push) for 7 days, and exports them only as JSON"
    );
    coverage.blindSpot(
      "read-only REST and GraphQL requests are not audit log events: a token that only reads leaves none"
    );
    const span = entry.since !== void 0 ? (entry.until ?? ctx.now) - entry.since : entry.window;
    if (span !== void 0 && span > RETENTION) {
      coverage.blindSpot("the window is longer than the 180 days GitHub keeps organization audit log events");
    }
    const state = stateFor(ctx);
    if (await isJson(ctx)) await readJson(ctx, state);
    else await readCsv(ctx, state);
  }
};

// src/sources/lastseen-summary.ts
var TIMES = ["first_use", "last_use", "last_meaningful_use"];
var COUNTS = ["events", "meaningful_events", "active_days"];
var NO_VALUE = /* @__PURE__ */ new Set(["", "null", "n/a", "never"]);
var RowError2 = class extends Error {
};
function time2(cell2, column) {
  const text3 = cell2(column);
  if (text3 === void 0 || NO_VALUE.has(text3.toLowerCase())) return void 0;
  const t = parseTimeValue(text3);
  if (t === void 0) throw new RowError2(`${column} is not a time`);
  return t;
}
function count(cell2, column) {
  const text3 = cell2(column);
  if (text3 === void 0 || NO_VALUE.has(text3.toLowerCase())) return void 0;
  if (!/^\d+$/.test(text3)) throw new RowError2(`${column} is not a whole number`);
  return Number(text3);
}
function readRow2(cell2, line, ctx) {
  const principal = cell2("principal");
  if (!principal) throw new RowError2("no principal");
  const credentialText = cell2("credential");
  const credential = credentialText && !NO_VALUE.has(credentialText.toLowerCase()) ? credentialText : void 0;
  const [firstUse, lastUse, lastMeaningful] = TIMES.map((column) => time2(cell2, column));
  const [events, meaningfulEvents, activeDays] = COUNTS.map((column) => count(cell2, column));
  if (firstUse !== void 0 && lastUse !== void 0 && firstUse > lastUse) {
    throw new RowError2("first_use is after last_use");
  }
  if (lastMeaningful !== void 0 && lastUse !== void 0 && lastMeaningful > lastUse) {
    throw new RowError2("last_meaningful_use is after last_use");
  }
  if (events !== void 0 && meaningfulEvents !== void 0 && meaningfulEvents > events) {
    throw new RowError2("meaningful_events is more than events");
  }
  if (meaningfulEvents !== void 0 && meaningfulEvents > 0 && lastMeaningful === void 0) {
    throw new RowError2("meaningful_events without a last_meaningful_use");
  }
  if (activeDays !== void 0 && events !== void 0 && activeDays > events) {
    throw new RowError2("active_days is more than events");
  }
  const { sink } = ctx;
  sink.principal({ principal, aliases: [], line });
  const base = { principal, ...credential !== void 0 && { credential }, ok: true, line };
  const emitted = /* @__PURE__ */ new Set();
  if (lastMeaningful !== void 0) {
    sink.usage({ ...base, at: lastMeaningful, meaningful: true });
    emitted.add(lastMeaningful);
  }
  for (const t of [lastUse, firstUse]) {
    if (t !== void 0 && !emitted.has(t)) {
      sink.usage({ ...base, at: t, meaningful: false });
      emitted.add(t);
    }
  }
}
var lastseenSummaryReader = {
  type: "lastseen-summary",
  platform: "generic",
  coverage: "events",
  options: ["platform"],
  async read(ctx) {
    const { sink, coverage } = ctx;
    let index;
    let fields = [];
    const cell2 = (column) => {
      const i = index?.get(column);
      return i === void 0 ? void 0 : fields[i]?.trim();
    };
    await forEachCsvRow(ctx.file.open(), {
      row(row, line) {
        if (!index) {
          index = headerIndex(row);
          if (!index.has("principal") || !TIMES.some((column) => index?.has(column))) {
            throw new InputError(
              `${ctx.file.path} is not a lastseen summary: its header needs principal and ${TIMES.join(", ")}`,
              ctx.entry.location
            );
          }
          return;
        }
        fields = row;
        try {
          const from = time2(cell2, "window_from");
          const to = time2(cell2, "window_to");
          readRow2(cell2, line, ctx);
          if (from !== void 0) coverage.setWindowFrom(from);
          if (to !== void 0) coverage.setGeneratedAt(to);
          sink.accept();
        } catch (error) {
          if (!(error instanceof RowError2)) throw error;
          sink.reject(line, error.message);
        }
      },
      error(line, reason) {
        sink.reject(line, reason);
      }
    });
  }
};

// src/sources/dedupe.ts
var STATE = /* @__PURE__ */ new WeakMap();
function perSource(ctx, name, create) {
  let states2 = STATE.get(ctx.sink);
  if (!states2) {
    states2 = /* @__PURE__ */ new Map();
    STATE.set(ctx.sink, states2);
  }
  if (!states2.has(name)) states2.set(name, create());
  return states2.get(name);
}
var RECENT_IDS2 = 1e5;
var MAX_DAY = 73049;
var RecentIds2 = class {
  constructor(capacity = RECENT_IDS2) {
    this.capacity = capacity;
  }
  capacity;
  ids = /* @__PURE__ */ new Set();
  order = [];
  next = 0;
  /** True when `id` was seen among the recent ids; otherwise remembers it. */
  seen(id) {
    if (this.ids.has(id)) return true;
    if (this.order.length < this.capacity) {
      this.order.push(id);
    } else {
      this.ids.delete(this.order[this.next]);
      this.order[this.next] = id;
      this.next = (this.next + 1) % this.capacity;
    }
    this.ids.add(id);
    return false;
  }
};
var DaysSeen = class {
  days = /* @__PURE__ */ new Map();
  /** True when (`key`, day of `t`) was already marked; otherwise marks it. */
  mark(key, t) {
    const day = Math.floor(t / DAY);
    if (!(day >= 0 && day < MAX_DAY)) return false;
    let entry = this.days.get(key);
    if (!entry) {
      entry = { first: day, bits: new Uint8Array(8) };
      this.days.set(key, entry);
    }
    if (day < entry.first) {
      const shift = Math.ceil((entry.first - day) / 8) * 8;
      const grown = new Uint8Array(entry.bits.length + shift / 8);
      grown.set(entry.bits, shift / 8);
      entry = { first: entry.first - shift, bits: grown };
      this.days.set(key, entry);
    }
    const offset = day - entry.first;
    if (offset >= entry.bits.length * 8) {
      const grown = new Uint8Array(Math.max(entry.bits.length * 2, (offset >> 3) + 1));
      grown.set(entry.bits);
      entry.bits = grown;
    }
    const mask = 1 << (offset & 7);
    if (entry.bits[offset >> 3] & mask) return true;
    entry.bits[offset >> 3] |= mask;
    return false;
  }
};

// src/sources/saved-response.ts
import { createHash } from "node:crypto";
var MAX_ENVELOPE_DEPTH = 6;
function itemsOf(record, envelopeKeys) {
  const items = [];
  const walk2 = (value, path9, depth) => {
    if (depth < MAX_ENVELOPE_DEPTH) {
      if (Array.isArray(value)) {
        value.forEach((element, i) => walk2(element, `${path9}[${i}]`, depth + 1));
        return;
      }
      if (isObject(value)) {
        for (const key of envelopeKeys) {
          const inner = value[key];
          if (Array.isArray(inner) || isObject(inner)) {
            walk2(inner, path9 === "" ? key : `${path9}.${key}`, depth + 1);
            return;
          }
        }
      }
    }
    items.push({ value, path: path9 });
  };
  walk2(record, "", 0);
  return items;
}
async function forEachItem(file, sink, envelopeKeys, item) {
  await forEachJsonRecord(() => file.open(), {
    record(value, line) {
      for (const found of itemsOf(value, envelopeKeys)) item(found.value, line, found.path);
    },
    error(line, reason) {
      sink.reject(line, reason);
    }
  });
}
function where2(at, reason) {
  return at === "" ? reason : `${at.replace(/^\./, "")}: ${reason}`;
}
var SeenRecords = class {
  seen = /* @__PURE__ */ new Set();
  /** True the first time this content is offered, false for a repeat. */
  first(content) {
    const digest = createHash("sha1").update(JSON.stringify(content)).digest("base64");
    if (this.seen.has(digest)) return false;
    this.seen.add(digest);
    return true;
  }
};
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function text2(value) {
  if (typeof value !== "string") return void 0;
  const trimmed = value.trim();
  return trimmed === "" ? void 0 : trimmed;
}
function timeField(record, field2) {
  const raw = record[field2];
  if (raw === void 0 || raw === null || raw === "") return {};
  const t = parseTimeValue(raw);
  if (t === void 0) return { error: `${field2} is not a time` };
  return { t };
}

// src/sources/k8s-audit.ts
var SERVICE_ACCOUNT = /^system:serviceaccount:([^:]+):([^:]+)$/;
var STAGES = /* @__PURE__ */ new Set(["RequestReceived", "ResponseStarted", "ResponseComplete", "Panic"]);
var FINAL_STAGES = /* @__PURE__ */ new Set(["ResponseComplete", "Panic"]);
var SELF_REVIEWS = /* @__PURE__ */ new Set(["selfsubjectaccessreviews", "selfsubjectrulesreviews", "selfsubjectreviews"]);
var API_VERSION = /^v\d+((alpha|beta)\d+)?$/;
var CONTROLLERS = new Set(
  "attachdetach-controller bootstrap-signer certificate-controller clusterrole-aggregation-controller cronjob-controller daemon-set-controller deployment-controller disruption-controller endpoint-controller endpointslice-controller endpointslicemirroring-controller ephemeral-volume-controller expand-controller generic-garbage-collector horizontal-pod-autoscaler job-controller legacy-service-account-token-cleaner namespace-controller node-controller persistent-volume-binder pod-garbage-collector pv-protection-controller pvc-protection-controller replicaset-controller replication-controller resourcequota-controller root-ca-cert-publisher service-account-controller service-controller statefulset-controller token-cleaner ttl-after-finished-controller ttl-controller validatingadmissionpolicy-status-controller".split(" ")
);
function serviceAccountOf(username) {
  const m = username === void 0 ? null : SERVICE_ACCOUNT.exec(username);
  return m ? { namespace: m[1], name: m[2] } : void 0;
}
function fromAuditEvent(event) {
  if (event.kind !== void 0 && event.kind !== "Event")
    return { reject: `kind ${String(event.kind).slice(0, 40)} is not an audit Event` };
  const stage = text2(event.stage);
  if (stage !== void 0 && !STAGES.has(stage)) return { reject: `unknown stage ${stage.slice(0, 40)}` };
  const at = parseTimeValue(event.requestReceivedTimestamp) ?? parseTimeValue(event.stageTimestamp);
  if (at === void 0) return { reject: "no requestReceivedTimestamp or stageTimestamp" };
  const verb = text2(event.verb);
  if (verb === void 0) return { reject: "no verb" };
  if (!isObject(event.user)) return { reject: "no user" };
  const status = isObject(event.responseStatus) ? event.responseStatus : {};
  const code2 = typeof status.code === "number" ? status.code : void 0;
  const annotations = isObject(event.annotations) ? event.annotations : {};
  const objectRef = isObject(event.objectRef) ? event.objectRef : void 0;
  return {
    id: text2(event.auditID),
    at,
    final: stage === void 0 || FINAL_STAGES.has(stage),
    username: text2(event.user.username),
    impersonated: isObject(event.impersonatedUser) ? text2(event.impersonatedUser.username) : void 0,
    verb,
    resource: objectRef ? text2(objectRef.resource) : void 0,
    subresource: objectRef ? text2(objectRef.subresource) : void 0,
    namespace: objectRef ? text2(objectRef.namespace) : void 0,
    name: objectRef ? text2(objectRef.name) : void 0,
    ok: stage !== "Panic" && !(code2 !== void 0 && code2 >= 400) && annotations["authorization.k8s.io/decision"] !== "forbid",
    userAgent: text2(event.userAgent)
  };
}
function fromGkeEntry(entry) {
  const payload = entry.protoPayload;
  const type = text2(payload["@type"]);
  if (type !== void 0 && !type.endsWith("google.cloud.audit.AuditLog"))
    return { reject: `protoPayload is a ${type.slice(0, 60)}, not an AuditLog` };
  if (text2(payload.serviceName) !== void 0 && payload.serviceName !== "k8s.io") return { ignore: true };
  const at = parseTimeValue(entry.timestamp);
  if (at === void 0) return { reject: "no timestamp" };
  const method = text2(payload.methodName);
  if (method === void 0) return { reject: "no protoPayload.methodName" };
  const parts = method.split(".");
  const version = parts.findIndex((part, i) => i >= 2 && API_VERSION.test(part));
  const resource = version > 0 && version + 2 < parts.length ? parts[version + 1] : void 0;
  const subresource = resource !== void 0 && version + 3 < parts.length ? parts.slice(version + 2, -1).join("/") : void 0;
  const target = /\/namespaces\/([^/]+)\/serviceaccounts\/([^/]+)/.exec(
    `/${text2(payload.resourceName) ?? ""}`
  );
  const operation = isObject(entry.operation) ? entry.operation : void 0;
  const flag2 = (v) => v === true || v === "true";
  const status = isObject(payload.status) ? payload.status : {};
  const code2 = typeof status.code === "number" ? status.code : 0;
  const denied = Array.isArray(payload.authorizationInfo) && payload.authorizationInfo.some((a) => isObject(a) && a.granted === false);
  const authentication = isObject(payload.authenticationInfo) ? payload.authenticationInfo : {};
  const request = isObject(payload.requestMetadata) ? payload.requestMetadata : {};
  return {
    id: (operation && text2(operation.id)) ?? text2(entry.insertId),
    at,
    // A long-running request (a watch) is logged twice: when it starts (first) and when it ends (last).
    final: !operation || flag2(operation.last) || !flag2(operation.first),
    username: text2(authentication.principalEmail),
    verb: parts[parts.length - 1],
    resource,
    subresource: subresource || void 0,
    namespace: target?.[1],
    name: target?.[2],
    ok: code2 === 0 && !denied,
    userAgent: text2(request.callerSuppliedUserAgent)
  };
}
function fromCloudWatchEvent(event) {
  const stream = text2(event.logStreamName);
  if (stream !== void 0 && !stream.startsWith("kube-apiserver-audit")) return { ignore: true };
  if (typeof event.message !== "string") return { reject: "CloudWatch event without a message" };
  let parsed;
  try {
    parsed = JSON.parse(event.message);
  } catch {
    return { reject: "the CloudWatch message is not JSON (an audit event was expected)" };
  }
  return isObject(parsed) ? fromAuditEvent(parsed) : { reject: "the CloudWatch message is not a JSON object" };
}
function isBrowserOrWorkstation(userAgent) {
  if (userAgent === void 0) return false;
  return userAgent.startsWith("Mozilla/") || /^kubectl\/\S+ \((darwin|windows)\//.test(userAgent);
}
function usageOf(request, line) {
  const target = request.resource ? `${request.resource}${request.subresource ? `/${request.subresource}` : ""}` : "(non-resource URL)";
  const action = `${request.verb} ${target}`;
  const events = [];
  const actor = serviceAccountOf(request.username);
  if (actor) {
    const ownToken = request.resource === "serviceaccounts" && request.subresource === "token" && request.namespace === actor.namespace && request.name === actor.name;
    const everyonesRight = request.resource === void 0 || SELF_REVIEWS.has(request.resource);
    const event = {
      principal: request.username,
      at: request.at,
      action,
      meaningful: request.ok && !ownToken && !everyonesRight,
      ok: request.ok,
      line
    };
    if (ownToken) event.login = true;
    if (isBrowserOrWorkstation(request.userAgent)) {
      event.interactive = true;
      event.detail = `user agent ${request.userAgent.slice(0, 120)}`;
    }
    events.push(event);
  }
  if (request.impersonated && serviceAccountOf(request.impersonated)) {
    const byAutomation = actor !== void 0;
    const event = {
      principal: request.impersonated,
      at: request.at,
      action,
      meaningful: request.ok && byAutomation,
      ok: request.ok,
      line,
      detail: `impersonated by ${(request.username ?? "an unknown user").slice(0, 120)}`
    };
    if (!byAutomation) event.interactive = true;
    events.push(event);
  }
  return events;
}
function count2(outcome, line, at, ctx, state) {
  const { sink, coverage } = ctx;
  if ("reject" in outcome) return sink.reject(line, at === "" ? outcome.reject : `${at}: ${outcome.reject}`);
  if ("ignore" in outcome) return sink.accept("ignored");
  coverage.observe(outcome.at);
  if (!outcome.final) {
    state.earlierStages++;
    return sink.accept("duplicate");
  }
  state.finalStages++;
  if (outcome.username === void 0) {
    if (!outcome.ok) return sink.accept("ignored");
    return sink.reject(line, at === "" ? "no user.username" : `${at}: no user.username`);
  }
  const events = usageOf(outcome, line);
  if (events.length === 0) return sink.accept("ignored");
  if (outcome.id !== void 0 && state.recent.seen(outcome.id)) return sink.accept("duplicate");
  for (const event of events) {
    sink.usage(event);
    const account = serviceAccountOf(event.principal);
    if (account?.namespace === "kube-system" && CONTROLLERS.has(account.name) && !state.firstParty.has(account.name)) {
      state.firstParty.add(account.name);
      sink.principal({
        principal: event.principal,
        aliases: [],
        kind: "kubernetes-controller",
        outOfScope: true,
        line
      });
    }
  }
  sink.accept();
}
function countRecord(value, line, at, ctx, state) {
  if (!isObject(value))
    return ctx.sink.reject(line, at === "" ? "not a JSON object" : `${at}: not a JSON object`);
  const key = Array.isArray(value.events) ? "events" : value.kind === "EventList" && Array.isArray(value.items) ? "items" : void 0;
  if (key !== void 0) {
    const items = value[key];
    if (items.length === 0) return ctx.sink.accept("ignored");
    items.forEach((item, i) => countRecord(item, line, `${at}${key}[${i}]`, ctx, state));
    return;
  }
  if (typeof value.message === "string" || typeof value.logStreamName === "string") {
    return count2(fromCloudWatchEvent(value), line, at, ctx, state);
  }
  if (isObject(value.protoPayload)) return count2(fromGkeEntry(value), line, at, ctx, state);
  count2(fromAuditEvent(value), line, at, ctx, state);
}
var k8sAudit = {
  type: "k8s-audit",
  platform: "kubernetes",
  coverage: "events",
  async read(ctx) {
    const recent = perSource(ctx, "k8s-audit", () => new RecentIds2());
    const firstParty = perSource(ctx, "k8s-audit/first-party", () => /* @__PURE__ */ new Set());
    const state = { recent, firstParty, finalStages: 0, earlierStages: 0 };
    ctx.coverage.blindSpot(
      "the cluster audit policy decides what is logged: requests it sets to level None are invisible"
    );
    await forEachJsonRecord(() => ctx.file.open(), {
      record: (value, line) => countRecord(value, line, "", ctx, state),
      error: (line, reason) => ctx.sink.reject(line, reason)
    });
    if (state.earlierStages > 0 && state.finalStages === 0) {
      ctx.coverage.blindSpot(
        `${ctx.file.path} has no ResponseComplete events (the audit policy omits that stage?): its requests were not counted`
      );
    }
  }
};

// src/sources/aws-access-analyzer.ts
var ENVELOPES = ["findings", "analyzers", "analyzer"];
var DETAILS_OF_TYPE = {
  UnusedIAMRole: "unusedIamRoleDetails",
  UnusedIAMUserAccessKey: "unusedIamUserAccessKeyDetails",
  UnusedIAMUserPassword: "unusedIamUserPasswordDetails"
};
function ageOption(entry) {
  const age = entry.options["unused-access-age"];
  return typeof age === "number" ? age : void 0;
}
function validAge(age) {
  return typeof age === "number" && Number.isInteger(age) && age >= 1 && age <= 365;
}
function widenWindow(state, coverage) {
  if (state.ageDays !== void 0 && state.oldestAnalyzedAt !== void 0) {
    coverage.setWindowFrom(state.oldestAnalyzedAt - state.ageDays * DAY);
  }
}
function nameOf(arn) {
  const m = /^arn:aws[\w-]*:iam::\d{12}:(?:user|role)\/(?:.*\/)?([^/]+)$/.exec(arn);
  return m?.[1];
}
function detailsOf(finding2, member) {
  const list = finding2.findingDetails;
  if (!Array.isArray(list)) return void 0;
  for (const details of list) if (isObject(details) && isObject(details[member])) return details[member];
  return void 0;
}
function readFinding(finding2) {
  const type = text2(finding2.findingType);
  if (!type || !Object.hasOwn(DETAILS_OF_TYPE, type)) return { ignored: true };
  const status = text2(finding2.status);
  if (status !== "ACTIVE" && status !== "ARCHIVED" && status !== "RESOLVED") {
    return { error: `finding ${text2(finding2.id) ?? "?"} has no status ACTIVE, ARCHIVED or RESOLVED` };
  }
  if (status === "RESOLVED") return { ignored: true };
  const resource = text2(finding2.resource);
  if (!resource || !resource.startsWith("arn:")) return { error: `${type} finding has no resource ARN` };
  const analyzed = timeField(finding2, "analyzedAt");
  if (analyzed.error) return { error: analyzed.error };
  if (analyzed.t === void 0) return { error: `${type} finding has no analyzedAt` };
  const details = detailsOf(finding2, DETAILS_OF_TYPE[type]);
  const last = details ? timeField(details, "lastAccessed") : {};
  if (last.error) return { error: last.error };
  const unknownWhy = details ? "not used within the analyzer tracking period (Access Analyzer does not say whether ever)" : "not used within the analyzer tracking period; the summary has no last access (run get-finding-v2)";
  const name = nameOf(resource);
  const principal = { principal: resource, aliases: name ? [name] : [] };
  if (type === "UnusedIAMRole") {
    principal.kind = "role";
    if (last.t !== void 0) principal.lastUsedAt = last.t;
    else principal.lastUsedUnknownReason = unknownWhy;
    return { facts: [principal], analyzedAt: analyzed.t };
  }
  principal.kind = "user";
  let credential;
  if (type === "UnusedIAMUserPassword") credential = "password";
  else {
    const keyId = details ? text2(details.accessKeyId) : void 0;
    if (!keyId) return details ? { error: "access key finding without accessKeyId" } : { ignored: true };
    credential = keyId;
  }
  const fact = {
    principal: resource,
    credential,
    active: true,
    credentialKind: credential === "password" ? "password" : "access-key"
  };
  if (last.t !== void 0) fact.lastUsedAt = last.t;
  else fact.lastUsedUnknownReason = unknownWhy;
  return { facts: [principal, fact], analyzedAt: analyzed.t };
}
var awsAccessAnalyzer = {
  type: "aws-access-analyzer",
  platform: "aws",
  coverage: "snapshot",
  options: ["unused-access-age"],
  validate(entry) {
    const age = entry.options["unused-access-age"];
    if (age !== void 0 && !validAge(age)) {
      throw new ConfigurationError(
        "unused-access-age: must be a whole number of days from 1 to 365",
        entry.location
      );
    }
  },
  async read(ctx) {
    const { entry, file, sink, coverage } = ctx;
    const state = perSource(ctx, "aws-access-analyzer", () => ({
      seen: new SeenRecords(),
      ageDays: ageOption(entry)
    }));
    coverage.blindSpot(
      "IAM Access Analyzer only judges roles and users that existed for its whole tracking period"
    );
    await forEachItem(file, sink, ENVELOPES, (item, line, at) => {
      if (!isObject(item)) return sink.reject(line, where2(at, "not an object"));
      if (isObject(item.configuration) || text2(item.arn)?.includes(":analyzer/") && !("findingType" in item)) {
        return readAnalyzer(item, line, at);
      }
      const outcome = readFinding(item);
      if ("ignored" in outcome) return sink.accept("ignored");
      if ("error" in outcome) return sink.reject(line, where2(at, outcome.error));
      if (!state.seen.first(outcome.facts)) return sink.accept("duplicate");
      coverage.setGeneratedAt(outcome.analyzedAt);
      if (state.oldestAnalyzedAt === void 0 || outcome.analyzedAt < state.oldestAnalyzedAt) {
        state.oldestAnalyzedAt = outcome.analyzedAt;
      }
      widenWindow(state, coverage);
      for (const fact of outcome.facts) {
        if (typeof fact.lastUsedAt === "number") coverage.observe(fact.lastUsedAt);
        if ("credential" in fact) sink.credential({ ...fact, line });
        else sink.principal({ ...fact, line });
      }
      sink.accept();
    });
    function readAnalyzer(analyzer, line, at) {
      const configuration = isObject(analyzer.configuration) ? analyzer.configuration : {};
      const unused2 = configuration.unusedAccess;
      if (!isObject(unused2)) return sink.accept("ignored");
      const age = unused2.unusedAccessAge ?? 90;
      if (!validAge(age))
        return sink.reject(line, where2(at, "unusedAccessAge is not a number of days from 1 to 365"));
      state.ageDays = ageOption(entry) ?? Math.min(age, state.ageDays ?? age);
      widenWindow(state, coverage);
      sink.accept();
    }
  }
};

// src/sources/aws-access-keys.ts
var ACCESS_KEY_TRACKING_START = Date.UTC(2015, 3, 22);
var NOT_AVAILABLE = "N/A";
function accountOf(entry) {
  const account = entry.options.account;
  if (typeof account === "number") return String(account);
  return typeof account === "string" ? account.trim() : void 0;
}
function readKey(metadata, lastUsedById, principalOf3, fallbackUser) {
  if (!isObject(metadata)) return { error: "an access key entry is not an object" };
  const id = text2(metadata.AccessKeyId);
  if (!id) return { error: "an access key has no AccessKeyId" };
  const lastUsedOutput = lastUsedById[id];
  const userName = text2(metadata.UserName) ?? (isObject(lastUsedOutput) ? text2(lastUsedOutput.UserName) : void 0) ?? fallbackUser;
  if (!userName) return { error: `access key ${id} has no UserName` };
  const status = text2(metadata.Status);
  if (!status) return { error: `access key ${id} has no Status` };
  const created = timeField(metadata, "CreateDate");
  if (created.error) return { error: `access key ${id}: ${created.error}` };
  const fact = {
    principal: principalOf3(userName),
    credential: id,
    active: status === "Active",
    credentialKind: "access-key"
  };
  if (created.t !== void 0) fact.createdAt = created.t;
  if (!fact.active) fact.state = status.toLowerCase() === "expired" ? "expired" : "inactive";
  const lastUsed = lastUsedOf(lastUsedOutput, created.t);
  if (lastUsed.error) return { error: `access key ${id}: ${lastUsed.error}` };
  if (lastUsed.at !== void 0) fact.lastUsedAt = lastUsed.at;
  if (lastUsed.unknown) fact.lastUsedUnknownReason = lastUsed.unknown;
  return { fact, userName };
}
function lastUsedOf(output, createdAt) {
  if (output === void 0) return { unknown: "no get-access-key-last-used output for this key" };
  if (!isObject(output)) return { error: "its LastUsed entry is not an object" };
  const details = isObject(output.AccessKeyLastUsed) ? output.AccessKeyLastUsed : output;
  const used = timeField(details, "LastUsedDate");
  if (used.error) return { error: used.error };
  if (used.t !== void 0) return { at: used.t };
  if (details.ServiceName !== NOT_AVAILABLE && details.Region !== NOT_AVAILABLE) {
    return { unknown: "get-access-key-last-used gave no LastUsedDate" };
  }
  if (createdAt === void 0)
    return { unknown: "N/A, and the key has no CreateDate to tell never from untracked" };
  if (createdAt < ACCESS_KEY_TRACKING_START) {
    return { unknown: "N/A on a key created before AWS began tracking last use on 2015-04-22" };
  }
  return { at: null };
}
function keysOf(element) {
  const list = "ListAccessKeys" in element ? element.ListAccessKeys : element;
  const keys = [];
  for (const page of Array.isArray(list) ? list : [list]) {
    if (!isObject(page) || !Array.isArray(page.AccessKeyMetadata)) return void 0;
    keys.push(...page.AccessKeyMetadata);
  }
  return keys;
}
var awsAccessKeys = {
  type: "aws-access-keys",
  platform: "aws",
  coverage: "snapshot",
  options: ["account"],
  validate(entry) {
    const account = entry.options.account;
    if (account === void 0) return;
    const digits2 = accountOf(entry);
    if (digits2 === void 0 || !/^\d{12}$/.test(digits2)) {
      throw new ConfigurationError(
        `account: must be the 12-digit AWS account id, written as a quoted string (e.g. "111122223333")`,
        entry.location
      );
    }
  },
  async read(ctx) {
    const { entry, file, sink, coverage } = ctx;
    const account = accountOf(entry);
    const principalOf3 = (userName) => account ? `arn:aws:iam::${account}:user/${userName}` : userName;
    const seen = perSource(ctx, "aws-access-keys", () => new SeenRecords());
    coverage.setWindowFrom(ACCESS_KEY_TRACKING_START);
    coverage.blindSpot("access keys only: console password use is not in this export");
    await forEachItem(file, sink, [], (element, line, at) => {
      if (!isObject(element)) return sink.reject(line, where2(at, "not an object"));
      const keys = keysOf(element);
      if (!keys) return sink.reject(line, where2(at, "no ListAccessKeys output with AccessKeyMetadata"));
      if (element.LastUsed !== void 0 && !isObject(element.LastUsed)) {
        return sink.reject(line, where2(at, "LastUsed is not an object keyed by AccessKeyId"));
      }
      const lastUsedById = isObject(element.LastUsed) ? element.LastUsed : {};
      const facts = [];
      const userNames = /* @__PURE__ */ new Set();
      for (const metadata of keys) {
        const key = readKey(metadata, lastUsedById, principalOf3, [...userNames][0]);
        if (!key.fact || !key.userName) return sink.reject(line, where2(at, key.error ?? "unreadable key"));
        userNames.add(key.userName);
        facts.push({ ...key.fact, line });
      }
      if (facts.length === 0) return sink.accept("ignored");
      const principals = [...userNames].map((userName) => ({
        principal: principalOf3(userName),
        aliases: account ? [userName] : [],
        kind: "user",
        line
      }));
      const content = [...principals, ...facts].map(({ line: _line, ...rest }) => rest);
      if (!seen.first(content)) return sink.accept("duplicate");
      for (const fact of facts) {
        if (typeof fact.createdAt === "number") coverage.observe(fact.createdAt);
        if (typeof fact.lastUsedAt === "number") coverage.observe(fact.lastUsedAt);
      }
      for (const principal of principals) sink.principal(principal);
      for (const fact of facts) sink.credential(fact);
      sink.accept();
    });
  }
};

// src/sources/azure-app-credentials.ts
var MICROSOFT_TENANT = "f8cdef31-a31e-4b4a-93e4-5f571e91255a";
var LISTS = [
  ["passwordCredentials", "client-secret"],
  ["keyCredentials", "certificate"]
];
function readCredential(credential, appId, kind, now) {
  if (!isObject(credential)) return { error: "not an object" };
  const keyId = text2(credential.keyId)?.toLowerCase();
  if (!keyId) return { error: "no keyId" };
  const start = timeField(credential, "startDateTime");
  if (start.error) return { error: start.error };
  const end = timeField(credential, "endDateTime");
  if (end.error) return { error: end.error };
  const type = text2(credential.type);
  const fact = {
    principal: appId,
    credential: keyId,
    active: true,
    credentialKind: kind === "certificate" && type === "Symmetric" ? "symmetric-key" : kind,
    lastUsedUnknownReason: "the applications API has no last-used field"
  };
  if (start.t !== void 0) fact.createdAt = start.t;
  if (end.t !== void 0) fact.expiresAt = end.t;
  if (end.t !== void 0 && end.t < now) {
    fact.active = false;
    fact.state = "expired";
  } else if (start.t !== void 0 && start.t > now) {
    fact.active = false;
    fact.state = "not yet valid";
  }
  return { fact };
}
var azureAppCredentials = {
  type: "azure-app-credentials",
  platform: "azure",
  coverage: "snapshot",
  async read(ctx) {
    const { file, sink, coverage, now } = ctx;
    const seen = perSource(ctx, "azure-app-credentials", () => new SeenRecords());
    coverage.blindSpot("app credentials have no last-used field; read azure-sp-signins for the app\u2019s use");
    await forEachItem(file, sink, ["value"], (app, line, at) => {
      if (!isObject(app)) return sink.reject(line, where2(at, "not an object"));
      const appId = text2(app.appId)?.toLowerCase();
      if (!appId) return sink.reject(line, where2(at, "no appId"));
      const created = timeField(app, "createdDateTime");
      if (created.error) return sink.reject(line, where2(at, created.error));
      const facts = [];
      for (const [list, kind] of LISTS) {
        const credentials = app[list] ?? [];
        if (!Array.isArray(credentials)) return sink.reject(line, where2(at, `${list} is not a list`));
        for (let i = 0; i < credentials.length; i++) {
          const { fact, error } = readCredential(credentials[i], appId, kind, now);
          if (!fact) return sink.reject(line, where2(at, `${list}[${i}]: ${error ?? "unreadable"}`));
          facts.push(fact);
        }
      }
      const displayName = text2(app.displayName) ?? text2(app.appDisplayName);
      const principal = {
        principal: appId,
        aliases: displayName ? [displayName] : [],
        kind: "application"
      };
      if (created.t !== void 0) principal.createdAt = created.t;
      if (text2(app.appOwnerOrganizationId)?.toLowerCase() === MICROSOFT_TENANT) principal.outOfScope = true;
      if (!seen.first([principal, ...facts])) return sink.accept("duplicate");
      if (created.t !== void 0) coverage.observe(created.t);
      for (const fact of facts) {
        if (typeof fact.createdAt === "number" && fact.createdAt <= now) coverage.observe(fact.createdAt);
      }
      sink.principal({ ...principal, line });
      for (const fact of facts) sink.credential({ ...fact, line });
      sink.accept();
    });
  }
};

// src/sources/azure-sp-signins.ts
var CLIENT_SIDE = [
  "delegatedClientSignInActivity",
  "applicationAuthenticationClientSignInActivity"
];
var OTHER_SIDE = [
  "delegatedResourceSignInActivity",
  "applicationAuthenticationResourceSignInActivity",
  "lastSignInActivity"
];
function activityOf(record, field2) {
  const activity = record[field2];
  if (activity === void 0 || activity === null) return {};
  if (!isObject(activity)) return { error: `${field2} is not an object` };
  const time3 = timeField(activity, "lastSignInDateTime");
  if (time3.error) return { error: `${field2}.${time3.error}` };
  return { t: time3.t, request: text2(activity.lastSignInRequestId) };
}
var azureSpSignins = {
  type: "azure-sp-signins",
  platform: "azure",
  coverage: "snapshot",
  async read(ctx) {
    const { file, sink, coverage } = ctx;
    const seen = perSource(ctx, "azure-sp-signins", () => new SeenRecords());
    coverage.blindSpot(
      "Entra does not document when service principal sign-in activity began to be recorded"
    );
    await forEachItem(file, sink, ["value"], (record, line, at) => {
      if (!isObject(record)) return sink.reject(line, where2(at, "not an object"));
      const appId = text2(record.appId)?.toLowerCase();
      if (!appId) return sink.reject(line, where2(at, "no appId"));
      const sides = {};
      for (const field2 of [...CLIENT_SIDE, ...OTHER_SIDE]) {
        const activity = activityOf(record, field2);
        if (activity.error) return sink.reject(line, where2(at, activity.error));
        sides[field2] = { t: activity.t, request: activity.request };
      }
      const clientTimes = CLIENT_SIDE.map((field2) => sides[field2].t).filter(
        (t) => t !== void 0
      );
      const fact = { principal: appId, aliases: [], kind: "service-principal" };
      if (clientTimes.length > 0) fact.lastUsedAt = Math.max(...clientTimes);
      else {
        fact.lastUsedUnknownReason = "no client sign-in recorded (the tracking start is not documented)";
      }
      if (!seen.first({ fact, sides })) return sink.accept("duplicate");
      for (const side of Object.values(sides)) if (side.t !== void 0) coverage.observe(side.t);
      sink.principal({ ...fact, line });
      sink.accept();
    });
  }
};

// src/sources/gcp-activity.ts
var SERVICE_ACCOUNT2 = "serviceAccountLastAuthentication";
var KEY = "serviceAccountKeyLastAuthentication";
function parseFullResourceName(name) {
  const m = /^\/\/iam\.googleapis\.com\/projects\/[^/]+\/serviceAccounts\/([^/]+)(?:\/keys\/([^/]+))?$/.exec(
    name
  );
  if (!m) return void 0;
  return { account: m[1].toLowerCase(), keyId: m[2] };
}
function endOfReportedDay(t) {
  const day = t % HOUR === 0 ? Math.round(t / DAY) : Math.floor(t / DAY);
  return day * DAY + DAY - 1;
}
var gcpActivity = {
  type: "gcp-activity",
  platform: "gcp",
  coverage: "snapshot",
  async read(ctx) {
    const { file, sink, coverage } = ctx;
    const state = perSource(ctx, "gcp-activity", () => ({
      records: new SeenRecords(),
      events: /* @__PURE__ */ new Set(),
      principals: /* @__PURE__ */ new Set()
    }));
    coverage.blindSpot(
      "Activity Analyzer counts failed and denied calls as authentication, and gives the day, not the time"
    );
    await forEachItem(file, sink, ["activities"], (activity, line, at) => {
      if (!isObject(activity)) return sink.reject(line, where2(at, "not an object"));
      const details = isObject(activity.activity) ? activity.activity : {};
      const subject = isObject(details.serviceAccountKey) ? details.serviceAccountKey : isObject(details.serviceAccount) ? details.serviceAccount : {};
      const name = text2(subject.fullResourceName) ?? text2(activity.fullResourceName);
      if (!name) return sink.reject(line, where2(at, "an activity has no fullResourceName"));
      const parsed = parseFullResourceName(name);
      if (!parsed)
        return sink.reject(line, where2(at, "fullResourceName is not an IAM service account or key"));
      const type = text2(activity.activityType) ?? (parsed.keyId ? KEY : SERVICE_ACCOUNT2);
      if (type !== SERVICE_ACCOUNT2 && type !== KEY) return sink.accept("ignored");
      if (type === KEY && !parsed.keyId) return sink.reject(line, where2(at, "a key activity names no key"));
      const last = timeField(details, "lastAuthenticatedTime");
      const period = isObject(activity.observationPeriod) ? activity.observationPeriod : {};
      const start = timeField(period, "startTime");
      const end = timeField(period, "endTime");
      const error = last.error ?? (start.error && `observationPeriod.${start.error}`) ?? (end.error && `observationPeriod.${end.error}`);
      if (error) return sink.reject(line, where2(at, error));
      const principal = parsed.account;
      const uniqueId = text2(subject.serviceAccountId);
      const usedAt = last.t === void 0 ? void 0 : endOfReportedDay(last.t);
      const content = {
        type,
        principal,
        credential: parsed.keyId,
        uniqueId,
        usedAt,
        from: start.t,
        to: end.t
      };
      if (!state.records.first(content)) return sink.accept("duplicate");
      if (end.t !== void 0) coverage.setGeneratedAt(end.t);
      if (start.t !== void 0) coverage.setWindowFrom(start.t);
      if (usedAt !== void 0) coverage.observe(usedAt);
      const fact = {
        principal,
        aliases: uniqueId ? [uniqueId] : [],
        kind: "service-account",
        line
      };
      if (type === SERVICE_ACCOUNT2) {
        if (usedAt !== void 0) fact.lastUsedAt = usedAt;
        else fact.lastUsedUnknownReason = "no authentication within the observation period";
        sink.principal(fact);
      } else if (!state.principals.has(`${principal} ${uniqueId ?? ""}`)) {
        state.principals.add(`${principal} ${uniqueId ?? ""}`);
        sink.principal(fact);
      }
      const eventKey = `${principal} ${parsed.keyId ?? ""} ${usedAt}`;
      if (usedAt !== void 0 && !state.events.has(eventKey)) {
        state.events.add(eventKey);
        const event = { principal, at: usedAt, action: type, meaningful: true, ok: true, line };
        if (parsed.keyId) event.credential = parsed.keyId;
        sink.usage(event);
      }
      sink.accept();
    });
  }
};

// src/sources/gcp-service-account-keys.ts
var NO_EXPIRY_YEAR = 9999;
function parseKeyName(name) {
  const m = /^projects\/[^/]+\/serviceAccounts\/([^/]+)\/keys\/([^/]+)$/.exec(name);
  if (!m) return void 0;
  return { account: m[1].toLowerCase(), keyId: m[2] };
}
function readKey2(key, now) {
  const name = text2(key.name);
  if (!name) return { error: "a key has no name" };
  const parsed = parseKeyName(name);
  if (!parsed) return { error: "name is not projects/P/serviceAccounts/SA/keys/KEY" };
  const validAfter = timeField(key, "validAfterTime");
  if (validAfter.error) return { error: validAfter.error };
  const validBefore = timeField(key, "validBeforeTime");
  if (validBefore.error) return { error: validBefore.error };
  const fact = {
    principal: parsed.account,
    credential: parsed.keyId,
    active: true,
    credentialKind: "service-account-key",
    providerRotated: text2(key.keyType) === "SYSTEM_MANAGED",
    lastUsedUnknownReason: "the key list has no last-used field (gcp-activity has it)"
  };
  if (validAfter.t !== void 0) fact.createdAt = validAfter.t;
  if (validBefore.t !== void 0) {
    fact.expiresAt = new Date(validBefore.t).getUTCFullYear() >= NO_EXPIRY_YEAR ? null : validBefore.t;
  }
  if (key.disabled === true) {
    fact.active = false;
    fact.state = "disabled";
  } else if (typeof fact.expiresAt === "number" && fact.expiresAt < now) {
    fact.active = false;
    fact.state = "expired";
  }
  return { fact };
}
var gcpServiceAccountKeys = {
  type: "gcp-service-account-keys",
  platform: "gcp",
  coverage: "snapshot",
  async read(ctx) {
    const { file, sink, coverage, now } = ctx;
    const seen = perSource(ctx, "gcp-service-account-keys", () => new SeenRecords());
    coverage.blindSpot("service account keys have no last-used field; read gcp-activity for their use");
    await forEachItem(file, sink, ["keys"], (key, line, at) => {
      if (!isObject(key)) return sink.reject(line, where2(at, "not an object"));
      const { fact, error } = readKey2(key, now);
      if (!fact) return sink.reject(line, where2(at, error ?? "unreadable key"));
      if (!seen.first(fact)) return sink.accept("duplicate");
      if (typeof fact.createdAt === "number") coverage.observe(fact.createdAt);
      sink.credential({ ...fact, line });
      sink.accept();
    });
  }
};

// src/sources/json-items.ts
var REPOSITORY = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
async function forEachJsonItem(file, shape, handlers) {
  const envelope = shape.envelope ?? [];
  const offer = (value, place2) => {
    if (!isObject(value)) {
      handlers.reject(place2.line, where2(place2.path, `expected an object, found ${describe2(value)}`));
      return;
    }
    const apiError = errorMessage(value);
    if (apiError !== void 0) {
      handlers.reject(place2.line, where2(place2.path, `the saved response is an API error: ${apiError}`));
      return;
    }
    handlers.item(value, place2);
  };
  await forEachJsonRecord(() => file.open(), {
    record(record, line) {
      for (const found of itemsOf(record, envelope)) {
        const repositories = shape.keyedByRepository ? repositoryKeys(found.value) : void 0;
        if (repositories === void 0) {
          offer(found.value, { line, path: found.path });
          continue;
        }
        const byRepository = found.value;
        for (const repository of repositories) {
          for (const inner of itemsOf(byRepository[repository], envelope)) {
            const path9 = inner.path === "" || inner.path.startsWith("[") ? repository + inner.path : `${repository}.${inner.path}`;
            offer(inner.value, { line, repository, path: path9 });
          }
        }
      }
    },
    error(line, reason) {
      handlers.reject(line, reason);
    }
  });
}
function repositoryKeys(value) {
  if (!isObject(value)) return void 0;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((k) => REPOSITORY.test(k)) ? keys : void 0;
}
function describe2(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return `a ${typeof value}`;
}
function errorMessage(value) {
  if (typeof value.message === "string" && typeof value.documentation_url === "string")
    return value.message.slice(0, 120);
  if (value.ok === false && typeof value.error === "string") return value.error.slice(0, 120);
  return void 0;
}
function objectAt(value, key) {
  const v = value[key];
  return isObject(v) ? v : void 0;
}
function idAt(value, key) {
  const v = value[key];
  if (typeof v === "string" && v.trim() !== "") return v.trim();
  if (typeof v === "number" && Number.isFinite(v)) return String(v);
  return void 0;
}
function stringAt(value, key) {
  const v = value[key];
  return typeof v === "string" && v.trim() !== "" ? v.trim() : void 0;
}
function timeAt(value, key) {
  const v = value[key];
  if (v === null) return null;
  if (v === void 0 || v === "") return void 0;
  return parseTimeValue(v) ?? Number.NaN;
}

// src/sources/github-actions-secrets.ts
var SECRET_USE_UNKNOWN = "GitHub does not record when an Actions secret is read";
var REPOSITORY2 = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var ORGANIZATION = /^[A-Za-z0-9][A-Za-z0-9-]*$/;
function scopeOf(entry) {
  const { environment, org, repository } = entry.options;
  return {
    environment: typeof environment === "string" ? environment.trim() : void 0,
    org: org === true ? true : typeof org === "string" ? org.trim() : void 0,
    repository: typeof repository === "string" ? repository.trim() : void 0
  };
}
var githubActionsSecrets = {
  type: "github-actions-secrets",
  platform: "github",
  coverage: "snapshot",
  options: ["environment", "org", "repository"],
  validate(entry) {
    const { environment, org, repository } = entry.options;
    const fail2 = (message) => {
      throw new ConfigurationError(message, entry.location);
    };
    if (environment !== void 0 && (typeof environment !== "string" || environment.trim() === "" || environment.includes("/"))) {
      fail2("environment: must be the name of one deployment environment");
    }
    if (org !== void 0 && org !== true && org !== false && (typeof org !== "string" || !ORGANIZATION.test(org.trim()))) {
      fail2("org: must be true or the organization login");
    }
    if (repository !== void 0 && (typeof repository !== "string" || !REPOSITORY2.test(repository.trim()))) {
      fail2("repository: must be the repository full name, owner/name");
    }
    if (environment !== void 0 && org !== void 0 && org !== false) {
      fail2("environment and org exclude each other: environment secrets belong to a repository");
    }
  },
  async read(ctx) {
    const { sink, coverage } = ctx;
    const scope = scopeOf(ctx.entry);
    const seen = perSource(ctx, "secrets", () => /* @__PURE__ */ new Set());
    coverage.blindSpot(`${SECRET_USE_UNKNOWN}: secrets are judged for rotation, never for activity`);
    await forEachJsonItem(
      ctx.file,
      { envelope: ["secrets"], keyedByRepository: true },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(secret, { line, path: path9, repository: keyedBy }) {
          const name = stringAt(secret, "name");
          if (name === void 0) {
            sink.reject(
              line,
              where2(path9, "no name (is this the response of an \u2026/actions/secrets endpoint?)")
            );
            return;
          }
          if (/[\s/]/.test(name))
            return sink.reject(line, where2(path9, "a secret name has no spaces or slashes"));
          const createdAt = timeAt(secret, "created_at");
          const updatedAt = timeAt(secret, "updated_at");
          if (Number.isNaN(createdAt)) return sink.reject(line, where2(path9, "created_at is not a time"));
          if (Number.isNaN(updatedAt)) return sink.reject(line, where2(path9, "updated_at is not a time"));
          const repository = keyedBy ?? scope.repository;
          const org = scope.org ?? (typeof secret.visibility === "string" ? true : void 0);
          const { principal, alias } = idsOf(name, scope.environment, org, repository);
          for (const t of [createdAt, updatedAt]) if (typeof t === "number") coverage.observe(t);
          const fingerprint = JSON.stringify([principal, alias, createdAt, updatedAt]);
          if (seen.has(fingerprint)) return sink.accept("duplicate");
          seen.add(fingerprint);
          const created = createdAt ?? void 0;
          const rotatedAt = typeof updatedAt === "number" && (created === void 0 || updatedAt > created) ? updatedAt : void 0;
          const fact = {
            principal,
            aliases: alias ? [alias] : [],
            kind: "secret",
            createdAt: created,
            lastUsedAt: void 0,
            lastUsedUnknownReason: SECRET_USE_UNKNOWN,
            line
          };
          sink.principal(fact);
          const credential = {
            principal,
            credential: principal,
            createdAt: created,
            rotatedAt,
            lastUsedAt: void 0,
            lastUsedUnknownReason: SECRET_USE_UNKNOWN,
            active: true,
            credentialKind: org ? "organization secret" : scope.environment ? "environment secret" : "repository secret",
            line
          };
          sink.credential(credential);
          sink.accept();
        }
      }
    );
  }
};
function idsOf(name, environment, org, repository) {
  if (org !== void 0) {
    return {
      principal: `secret:org/${name}`,
      alias: typeof org === "string" ? `secret:org/${org}/${name}` : void 0
    };
  }
  if (environment !== void 0) {
    return {
      principal: `secret:env/${environment}/${name}`,
      alias: repository ? `secret:${repository}/env/${environment}/${name}` : void 0
    };
  }
  return { principal: `secret:${name}`, alias: repository ? `secret:${repository}/${name}` : void 0 };
}

// src/sources/github-app-installations.ts
var INSTALLATION_USE_UNKNOWN = "the installations API does not report when an app last acted; add a github-audit-log source for its use";
var githubAppInstallations = {
  type: "github-app-installations",
  platform: "github",
  coverage: "snapshot",
  async read(ctx) {
    const { sink, coverage } = ctx;
    const seen = perSource(ctx, "installations", () => /* @__PURE__ */ new Set());
    coverage.blindSpot(INSTALLATION_USE_UNKNOWN);
    await forEachJsonItem(
      ctx.file,
      { envelope: ["installations"] },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(installation, { line, path: path9 }) {
          const id = idAt(installation, "id");
          if (id === void 0) {
            sink.reject(line, where2(path9, "no id (is this the response of /orgs/{org}/installations?)"));
            return;
          }
          const slug = stringAt(installation, "app_slug");
          if (slug === void 0) return sink.reject(line, where2(path9, `installation ${id} has no app_slug`));
          const createdAt = timeAt(installation, "created_at");
          const suspendedAt = timeAt(installation, "suspended_at");
          if (Number.isNaN(createdAt)) return sink.reject(line, where2(path9, "created_at is not a time"));
          if (Number.isNaN(suspendedAt)) return sink.reject(line, where2(path9, "suspended_at is not a time"));
          const suspended = typeof suspendedAt === "number";
          for (const t of [createdAt, suspendedAt]) if (typeof t === "number") coverage.observe(t);
          const fingerprint = JSON.stringify([id, slug, createdAt, suspendedAt]);
          if (seen.has(fingerprint)) return sink.accept("duplicate");
          seen.add(fingerprint);
          const principal = `app:${slug}`;
          const appId = idAt(installation, "app_id");
          const fact = {
            principal,
            aliases: [`${slug}[bot]`, ...appId ? [`app-id:${appId}`] : []],
            kind: "github-app",
            createdAt: createdAt ?? void 0,
            disabled: suspended,
            lastUsedAt: void 0,
            lastUsedUnknownReason: INSTALLATION_USE_UNKNOWN,
            line
          };
          if (suspended) fact.state = "suspended";
          sink.principal(fact);
          const credential = {
            principal,
            credential: `installation:${id}`,
            createdAt: createdAt ?? void 0,
            lastUsedAt: void 0,
            lastUsedUnknownReason: INSTALLATION_USE_UNKNOWN,
            active: !suspended,
            providerRotated: true,
            credentialKind: "installation token",
            line
          };
          if (suspended) credential.state = "suspended";
          sink.credential(credential);
          sink.accept();
        }
      }
    );
  }
};

// src/sources/github-deploy-keys.ts
var REPOSITORY3 = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/;
var KEY_URL = /\/repos\/([A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+)\/keys\/\d+$/;
function repositoryOption(entry) {
  const repository = entry.options.repository;
  return typeof repository === "string" ? repository.trim() : void 0;
}
var githubDeployKeys = {
  type: "github-deploy-keys",
  platform: "github",
  coverage: "snapshot",
  options: ["repository"],
  validate(entry) {
    const repository = entry.options.repository;
    if (repository !== void 0 && (typeof repository !== "string" || !REPOSITORY3.test(repository.trim()))) {
      throw new ConfigurationError(
        "repository: must be the repository full name, owner/name",
        entry.location
      );
    }
  },
  async read(ctx) {
    const { sink, coverage } = ctx;
    const seen = perSource(ctx, "keys", () => /* @__PURE__ */ new Set());
    coverage.blindSpot(
      "last_used is when the key last authenticated; GitHub does not say whether it read or wrote"
    );
    await forEachJsonItem(
      ctx.file,
      { keyedByRepository: true },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(key, { line, path: path9, repository: keyedBy }) {
          const id = idAt(key, "id");
          if (id === void 0) {
            sink.reject(line, where2(path9, "no id (is this the response of /repos/{owner}/{repo}/keys?)"));
            return;
          }
          const createdAt = timeAt(key, "created_at");
          const lastUsed = timeAt(key, "last_used");
          if (Number.isNaN(createdAt)) return sink.reject(line, where2(path9, "created_at is not a time"));
          if (Number.isNaN(lastUsed)) return sink.reject(line, where2(path9, "last_used is not a time"));
          const url = stringAt(key, "url");
          const repository = keyedBy ?? repositoryOption(ctx.entry) ?? (url ? KEY_URL.exec(url)?.[1] : void 0);
          const title = stringAt(key, "title");
          const disabled = key.enabled === false;
          for (const t of [createdAt, lastUsed]) if (typeof t === "number") coverage.observe(t);
          const fingerprint = JSON.stringify([id, repository, title, createdAt, lastUsed, disabled]);
          if (seen.has(fingerprint)) return sink.accept("duplicate");
          seen.add(fingerprint);
          const principal = `deploy-key:${id}`;
          const lastUsedAt = lastUsed;
          const unknownReason = lastUsedAt === void 0 ? "the response has no last_used field" : void 0;
          const fact = {
            principal,
            // Titles are what people recognise; ids change when a key is replaced.
            aliases: repository && title ? [`deploy-key:${repository}/${title}`] : [],
            kind: "deploy-key",
            createdAt: createdAt ?? void 0,
            disabled,
            lastUsedAt,
            line
          };
          if (disabled) fact.state = "disabled";
          if (unknownReason) fact.lastUsedUnknownReason = unknownReason;
          sink.principal(fact);
          const credential = {
            principal,
            credential: principal,
            createdAt: createdAt ?? void 0,
            lastUsedAt,
            active: !disabled,
            credentialKind: key.read_only === true ? "deploy-key (read-only)" : key.read_only === false ? "deploy-key (read-write)" : "deploy-key",
            line
          };
          if (disabled) credential.state = "disabled";
          if (unknownReason) credential.lastUsedUnknownReason = unknownReason;
          sink.credential(credential);
          sink.accept();
        }
      }
    );
  }
};

// src/sources/github-pats.ts
var NO_LAST_USED = "the response has no token_last_used_at";
var LAST_USED_NOTE = "token_last_used_at is the last authentication with the token; GitHub does not say what the token did";
var githubPats = {
  type: "github-pats",
  platform: "github",
  coverage: "snapshot",
  async read(ctx) {
    const { sink, coverage } = ctx;
    const seen = perSource(ctx, "grants", () => /* @__PURE__ */ new Set());
    coverage.blindSpot(
      "lists fine-grained personal access tokens only: classic tokens, OAuth app and GitHub App user tokens are not in it"
    );
    coverage.blindSpot(LAST_USED_NOTE);
    await forEachJsonItem(
      ctx.file,
      {},
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(grant, { line, path: path9 }) {
          const tokenId = idAt(grant, "token_id");
          if (tokenId === void 0) {
            sink.reject(
              line,
              where2(path9, "no token_id (is this the response of /orgs/{org}/personal-access-tokens?)")
            );
            return;
          }
          const times = {};
          for (const key2 of ["access_granted_at", "token_expires_at", "token_last_used_at"]) {
            times[key2] = timeAt(grant, key2);
            if (Number.isNaN(times[key2])) {
              sink.reject(line, where2(path9, `${key2} is not a time`));
              return;
            }
          }
          const principal = `pat:${tokenId}`;
          const credential = `token:${tokenId}`;
          const createdAt = times.access_granted_at ?? void 0;
          const expiresAt = times.token_expires_at;
          const lastUsedAt = times.token_last_used_at;
          const expired2 = grant.token_expired === true || typeof expiresAt === "number" && expiresAt <= ctx.now;
          for (const t of [createdAt, expiresAt, lastUsedAt]) if (typeof t === "number") coverage.observe(t);
          const key = JSON.stringify([tokenId, createdAt, expiresAt, lastUsedAt, expired2]);
          if (seen.has(key)) {
            sink.accept("duplicate");
            return;
          }
          seen.add(key);
          const fact = {
            principal,
            aliases: [credential],
            kind: "api-token",
            createdAt,
            disabled: expired2,
            lastUsedAt,
            line
          };
          if (expired2) fact.state = "expired";
          if (lastUsedAt === void 0) fact.lastUsedUnknownReason = NO_LAST_USED;
          sink.principal(fact);
          const credentialFact = {
            principal,
            credential,
            createdAt,
            expiresAt,
            lastUsedAt,
            active: !expired2,
            credentialKind: "fine-grained-pat",
            line
          };
          if (expired2) credentialFact.state = "expired";
          if (lastUsedAt === void 0) credentialFact.lastUsedUnknownReason = NO_LAST_USED;
          sink.credential(credentialFact);
          sink.accept();
        }
      }
    );
  }
};

// src/sources/google-workspace-usage.ts
var NO_APP_TIME = "the report has no app activity time for this user (Gmail reports interaction only for the last 30 days)";
var CSV_NO_USE = "the Admin console users export shows sign-ins only, not app use";
var APP_TIME = /^([a-z_]+):(last_[a-z_]+_time|timestamp_last_[a-z_]+)$/;
var NOT_USE = /* @__PURE__ */ new Set(["gmail:last_access_time", "gmail:timestamp_last_access"]);
var LOGIN = /* @__PURE__ */ new Set([
  "accounts:last_login_time",
  "accounts:timestamp_last_login",
  "accounts:last_sso_time",
  "accounts:timestamp_last_sso"
]);
var CREATED = /* @__PURE__ */ new Set(["accounts:creation_time", "accounts:timestamp_creation"]);
var STATES = [
  ["accounts:is_suspended", "suspended"],
  ["accounts:is_disabled", "disabled"],
  ["accounts:disabled", "disabled"],
  ["accounts:is_archived", "archived"]
];
var PST_DAY_END = DAY + 8 * HOUR - 1;
var googleWorkspaceUsage = {
  type: "google-workspace-usage",
  platform: "google-workspace",
  coverage: "snapshot",
  async read(ctx) {
    if (await isJson2(ctx.file)) await readUsageReport(ctx);
    else await readUsersCsv(ctx);
  }
};
async function isJson2(file) {
  const stream = file.open();
  let head = "";
  for await (const chunk of stream) {
    head += chunk.toString("utf8");
    if (head.replace(/^\uFEFF/, "").trim() !== "" || head.length > 4096) break;
  }
  stream.destroy();
  const first = head.replace(/^\uFEFF/, "").trimStart()[0];
  return first === "{" || first === "[";
}
async function readUsageReport(ctx) {
  const { sink, coverage } = ctx;
  const seen = perSource(ctx, "reports", () => /* @__PURE__ */ new Set());
  coverage.blindSpot(
    "Gmail interaction times cover the last 30 days only; mail arriving is not counted as use"
  );
  await forEachJsonItem(
    ctx.file,
    { envelope: ["usageReports"] },
    {
      reject: (line, reason) => sink.reject(line, reason),
      item(report, { line, path: path9 }) {
        const entity = objectAt(report, "entity");
        const email = entity ? stringAt(entity, "userEmail")?.toLowerCase() : void 0;
        if (!entity || email === void 0) {
          return sink.reject(line, where2(path9, "no entity.userEmail (is this a user usage report?)"));
        }
        const type = stringAt(entity, "type");
        if (type !== void 0 && type !== "USER")
          return sink.reject(line, where2(path9, `entity.type is ${type}, not USER`));
        const date = stringAt(report, "date");
        const day = date === void 0 ? void 0 : parseTime(date);
        if (date !== void 0 && day === void 0)
          return sink.reject(line, where2(path9, "date is not a date"));
        let lastLoginAt;
        let createdAt;
        let lastUsedAt;
        let state;
        const parameters = Array.isArray(report.parameters) ? report.parameters : [];
        for (const parameter of parameters) {
          if (typeof parameter !== "object" || parameter === null) continue;
          const p = parameter;
          const name = stringAt(p, "name");
          if (name === void 0) continue;
          const found = STATES.find(([key]) => key === name);
          if (found && p.boolValue === true) state ??= found[1];
          const appTime = APP_TIME.test(name) && !name.startsWith("accounts:") && !NOT_USE.has(name);
          if (!appTime && !LOGIN.has(name) && !CREATED.has(name)) continue;
          const t = parameterTime(p);
          if (Number.isNaN(t)) return sink.reject(line, where2(path9, `${name} is not a time`));
          if (t === void 0) continue;
          const value = t <= 0 ? null : t;
          if (LOGIN.has(name)) lastLoginAt = latest2(lastLoginAt, value);
          else if (CREATED.has(name)) createdAt = value ?? void 0;
          else if (value !== null && (lastUsedAt === void 0 || value > lastUsedAt)) lastUsedAt = value;
        }
        const fact = {
          principal: email,
          aliases: [],
          createdAt,
          disabled: state !== void 0,
          line
        };
        const profileId = stringAt(entity, "profileId");
        if (profileId) fact.aliases.push(profileId);
        if (state) fact.state = state;
        if (lastLoginAt !== void 0) fact.lastLoginAt = lastLoginAt;
        if (lastUsedAt !== void 0) fact.lastUsedAt = lastUsedAt;
        else if (lastLoginAt === null) fact.lastUsedAt = null;
        else fact.lastUsedUnknownReason = NO_APP_TIME;
        if (day !== void 0) coverage.setGeneratedAt(day - DAY + 1 + PST_DAY_END);
        for (const t of [lastLoginAt, lastUsedAt, createdAt]) if (typeof t === "number") coverage.observe(t);
        const fingerprint = JSON.stringify([email, date, fact.lastUsedAt, lastLoginAt, state, createdAt]);
        if (seen.has(fingerprint)) return sink.accept("duplicate");
        seen.add(fingerprint);
        sink.principal(fact);
        sink.accept();
      }
    }
  );
}
function latest2(a, b) {
  if (b === null) return a ?? null;
  return typeof a === "number" && a >= b ? a : b;
}
function parameterTime(p) {
  const raw = p.datetimeValue ?? p.intValue ?? p.stringValue;
  if (raw === void 0 || raw === null || raw === "") return void 0;
  if (typeof raw === "string" && /^\d{15,17}$/.test(raw)) return Math.floor(Number(raw) / 1e3);
  if (raw === 0 || raw === "0") return 0;
  return parseTimeValue(raw) ?? Number.NaN;
}
async function readUsersCsv(ctx) {
  const { sink, coverage } = ctx;
  const seen = perSource(ctx, "rows", () => /* @__PURE__ */ new Set());
  coverage.blindSpot(
    "the Admin console users export writes sign-in times without a zone; lastseen reads them as UTC"
  );
  coverage.blindSpot(CSV_NO_USE);
  let columns;
  await forEachCsvRow(ctx.file.open(), {
    error: (line, reason) => sink.reject(line, reason),
    row(fields, line) {
      if (columns === void 0) {
        const index = [...headerIndex(fields).entries()];
        const find = (prefix) => index.find(([name]) => name.startsWith(prefix))?.[1];
        columns = { email: find("email address"), status: find("status"), lastSignIn: find("last sign in") };
        return;
      }
      if (columns.email === void 0) {
        return sink.reject(
          line,
          'the header has no "Email Address [Required]" column (is this the Admin console users export?)'
        );
      }
      const email = (fields[columns.email] ?? "").trim().toLowerCase();
      if (email === "") return sink.reject(line, "no e-mail address");
      const status = columns.status === void 0 ? "" : (fields[columns.status] ?? "").trim();
      const signIn = columns.lastSignIn === void 0 ? "" : (fields[columns.lastSignIn] ?? "").trim();
      let lastLoginAt;
      if (/^never/i.test(signIn)) lastLoginAt = null;
      else if (signIn !== "") {
        lastLoginAt = parseTime(signIn);
        if (lastLoginAt === void 0) return sink.reject(line, "Last Sign In is not a time");
        coverage.observe(lastLoginAt);
      }
      const fingerprint = JSON.stringify([email, status, signIn]);
      if (seen.has(fingerprint)) return sink.accept("duplicate");
      seen.add(fingerprint);
      const disabled = status !== "" && status.toLowerCase() !== "active";
      const fact = { principal: email, aliases: [], disabled, line };
      if (disabled) fact.state = status.toLowerCase();
      if (lastLoginAt !== void 0) fact.lastLoginAt = lastLoginAt;
      if (lastLoginAt === null) fact.lastUsedAt = null;
      else fact.lastUsedUnknownReason = CSV_NO_USE;
      sink.principal(fact);
      sink.accept();
    }
  });
}

// src/sources/okta-system-log.ts
var DONE = /* @__PURE__ */ new Set(["SUCCESS", "ALLOW"]);
var NOT_FAILED = /* @__PURE__ */ new Set(["SUCCESS", "ALLOW", "SKIPPED"]);
var LOGIN2 = [
  /^user\.session\.(start|access_admin_app)$/,
  /^user\.authentication\./,
  /^user\.mfa\.okta_verify/,
  /^policy\.evaluate_sign_on$/,
  /^app\.oauth2\.(.+\.)?(token\.grant|authorize)/
];
var NOT_USE2 = [/^user\.session\.(end|expire)/, /^app\.oauth2\.(.+\.)?token\.revoke/];
var SELF_LIFECYCLE = /^user\.(account|lifecycle|mfa|credential)\./;
var SYSTEM_PRINCIPAL = "SystemPrincipal";
var oktaSystemLog = {
  type: "okta-system-log",
  platform: "okta",
  coverage: "events",
  async read(ctx) {
    const { sink, coverage } = ctx;
    const recent = perSource(ctx, "uuids", () => new RecentIds2());
    const actors = perSource(ctx, "actors", () => /* @__PURE__ */ new Set());
    coverage.blindSpot("Okta keeps System Log events for 90 days: an export cannot reach further back");
    coverage.blindSpot(
      "Okta logs an API-token call as the user who created the token; the token shows only in transaction.detail.requestApiTokenId"
    );
    await forEachJsonItem(
      ctx.file,
      {},
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(event, { line, path: path9 }) {
          const actor = objectAt(event, "actor");
          const principal = actor ? stringAt(actor, "id") : void 0;
          if (!actor || principal === void 0) return sink.reject(line, where2(path9, "no actor.id"));
          const published = stringAt(event, "published");
          const at = published === void 0 ? void 0 : parseTime(published);
          if (at === void 0) return sink.reject(line, where2(path9, "published is missing or not a time"));
          const eventType = stringAt(event, "eventType");
          if (eventType === void 0) return sink.reject(line, where2(path9, "no eventType"));
          const uuid = stringAt(event, "uuid");
          if (uuid !== void 0 && recent.seen(uuid)) return sink.accept("duplicate");
          if (!actors.has(principal)) {
            actors.add(principal);
            const alternateId = stringAt(actor, "alternateId");
            const type = stringAt(actor, "type");
            sink.principal({
              principal,
              // Okta writes "unknown" when it has no alternate id; e-mails compare case-insensitively.
              aliases: alternateId && alternateId !== "unknown" ? [alternateId.includes("@") ? alternateId.toLowerCase() : alternateId] : [],
              outOfScope: type === SYSTEM_PRINCIPAL || void 0,
              line
            });
          }
          const outcome = stringAt(objectAt(event, "outcome") ?? {}, "result")?.toUpperCase();
          const transaction = objectAt(event, "transaction") ?? {};
          const apiToken = stringAt(objectAt(transaction, "detail") ?? {}, "requestApiTokenId");
          const login = LOGIN2.some((p) => p.test(eventType));
          const ok = outcome === void 0 || NOT_FAILED.has(outcome);
          const selfLifecycle = SELF_LIFECYCLE.test(eventType) && targets(event).includes(principal);
          const meaningful = (outcome === void 0 || DONE.has(outcome)) && !login && !selfLifecycle && !NOT_USE2.some((p) => p.test(eventType));
          const browser = apiToken === void 0 ? browserOf2(event) : void 0;
          const interactive = browser !== void 0 && stringAt(transaction, "type") === "WEB";
          const usage = { principal, at, action: eventType, meaningful, interactive, ok, line };
          if (apiToken !== void 0) usage.credential = `api-token:${apiToken}`;
          if (login) usage.login = true;
          if (interactive) usage.detail = browser;
          sink.usage(usage);
          sink.accept();
        }
      }
    );
  }
};
function targets(event) {
  const target = event.target;
  if (!Array.isArray(target)) return [];
  return target.flatMap(
    (t) => typeof t === "object" && t !== null && typeof t.id === "string" ? [t.id] : []
  );
}
function browserOf2(event) {
  const userAgent = objectAt(objectAt(event, "client") ?? {}, "userAgent");
  if (!userAgent) return void 0;
  const browser = stringAt(userAgent, "browser");
  const raw = stringAt(userAgent, "rawUserAgent") ?? "";
  const known = browser !== void 0 && browser.toUpperCase() !== "UNKNOWN";
  if (!known && !raw.startsWith("Mozilla/")) return void 0;
  const os = stringAt(userAgent, "os");
  const name = known ? browser : "a browser";
  return (os && os.toUpperCase() !== "UNKNOWN" ? `${name} on ${os}` : name).slice(0, 80);
}

// src/sources/slack-member-analytics.ts
var CLIENTS = [
  ["is_active_desktop", "desktop"],
  ["is_active_ios", "iOS"],
  ["is_active_android", "Android"]
];
var slackMemberAnalytics = {
  type: "slack-member-analytics",
  platform: "slack",
  coverage: "events",
  async read(ctx) {
    const { sink, coverage } = ctx;
    const state = perSource(ctx, "members", () => ({
      rows: new DaysSeen(),
      active: new DaysSeen(),
      members: /* @__PURE__ */ new Map()
    }));
    coverage.blindSpot(
      "Slack reports activity per UTC day, not when in the day; each daily file covers its own date only"
    );
    coverage.blindSpot(
      "reading a channel counts as active; Slack keeps member analytics for a rolling 13 months"
    );
    await forEachJsonItem(
      ctx.file,
      { envelope: ["file_data"] },
      {
        reject: (line, reason) => sink.reject(line, reason),
        item(row, { line, path: path9 }) {
          const user = stringAt(row, "user_id");
          if (user === void 0) return sink.reject(line, where2(path9, "no user_id"));
          const date = stringAt(row, "date");
          const endOfDay = date !== void 0 && isBareDate(date) ? parseTime(date) : void 0;
          if (endOfDay === void 0)
            return sink.reject(line, where2(path9, "date is missing or not a YYYY-MM-DD date"));
          if (typeof row.is_active !== "boolean")
            return sink.reject(line, where2(path9, "is_active is not true or false"));
          coverage.setWindowFrom(endOfDay - DAY + 1);
          coverage.setGeneratedAt(endOfDay);
          const team = stringAt(row, "team_id") ?? "";
          if (state.rows.mark(`${user}\0${team}`, endOfDay)) return sink.accept("duplicate");
          nameMember(ctx, state, row, user, line);
          if (row.is_active && !state.active.mark(user, endOfDay)) {
            const clients = CLIENTS.filter(([field2]) => row[field2] === true).map(([, name]) => name);
            const usage = {
              principal: user,
              at: endOfDay,
              action: "active",
              meaningful: true,
              // The desktop and mobile clients are people; activity only through apps or workflows is not.
              interactive: clients.length > 0,
              ok: true,
              line
            };
            if (clients.length > 0) usage.detail = `Slack ${clients.join(", ")} client`;
            sink.usage(usage);
          }
          sink.accept();
        }
      }
    );
  }
};
function nameMember(ctx, state, row, user, line) {
  const hadClaim = state.members.get(user);
  const claimedAt = typeof row.date_claimed === "number" && row.date_claimed > 0 ? parseTimeValue(row.date_claimed) : void 0;
  if (hadClaim === true || hadClaim === false && claimedAt === void 0) return;
  state.members.set(user, claimedAt !== void 0);
  const email = stringAt(row, "email_address")?.toLowerCase();
  const fact = { principal: user, aliases: email ? [email] : [], line };
  if (claimedAt !== void 0) fact.createdAt = claimedAt;
  ctx.sink.principal(fact);
}

// src/sources/vault-audit.ts
var LOGIN3 = /^auth\/.+\/(login(\/.*)?|oidc\/callback)$|^sys\/mfa\/validate$/;
var HOUSEKEEPING = /^auth\/token\/(lookup-self|renew-self|revoke-self|renew)$|^sys\/(capabilities-self|renew(\/.*)?|leases\/(renew|lookup)(\/.*)?|wrapping\/lookup|internal\/ui\/.*)$|^auth\/.+\/oidc\/auth_url$|^identity\/oidc\/token\/.+$/;
var UI = /^sys\/internal\/ui\/|^auth\/.+\/oidc\/(callback|auth_url)$/;
function methodOf(metadata, displayName) {
  if (text2(metadata.role_name) !== void 0) return "approle";
  if (text2(metadata.service_account_name) !== void 0) return "kubernetes";
  if (metadata.auth_type === "iam" || metadata.auth_type === "ec2") return "aws";
  return displayName.split("-", 1)[0];
}
function principalOf2(auth) {
  const displayName = text2(auth.display_name);
  if (displayName === void 0) return void 0;
  if (displayName === "root") return { principal: "token:root", outOfScope: true };
  if (displayName === "token" || displayName.startsWith("token-")) {
    const name2 = displayName.slice("token-".length) || text2(auth.accessor);
    return name2 === void 0 ? void 0 : { principal: `token:${name2}` };
  }
  const metadata = isObject(auth.metadata) ? auth.metadata : {};
  const method = methodOf(metadata, displayName);
  const role = text2(metadata.role_name) ?? text2(metadata.role);
  const mountPrefix = `${displayName.split("-", 1)[0]}-`;
  const name = role ?? (displayName.startsWith(mountPrefix) ? displayName.slice(mountPrefix.length) : void 0);
  if (method === "" || name === void 0 || name === "") return void 0;
  return { principal: `${method}:${name}` };
}
function nonExpiring(auth) {
  const accessor = text2(auth.accessor);
  const issued = parseTimeValue(auth.token_issue_time);
  const ttl = auth.token_ttl;
  if (accessor === void 0 || issued === void 0 || auth.token_type === "batch") return void 0;
  if (typeof ttl === "number" && ttl > 0) return void 0;
  return { credential: `token-accessor:${accessor}`, createdAt: issued };
}
function countEntry(value, line, ctx, state) {
  const { sink, coverage } = ctx;
  if (!isObject(value)) return sink.reject(line, "not a JSON object");
  const type = value.type;
  if (type !== "request" && type !== "response")
    return sink.reject(line, "type is neither request nor response");
  const at = parseTimeValue(value.time);
  if (at === void 0) return sink.reject(line, "no time");
  const request = value.request;
  if (!isObject(request)) return sink.reject(line, "no request object");
  const path9 = typeof request.path === "string" ? request.path : void 0;
  if (path9 === void 0) return sink.reject(line, "no request.path");
  coverage.observe(at);
  if (type === "request") return sink.accept("duplicate");
  const id = text2(request.id);
  if (id !== void 0 && state.recent.seen(id)) return sink.accept("duplicate");
  const error = text2(value.error);
  const topAuth = isObject(value.auth) ? value.auth : {};
  const ok = error === void 0 && !(isObject(topAuth.policy_results) && topAuth.policy_results.allowed === false);
  const login = LOGIN3.test(path9);
  const response = isObject(value.response) ? value.response : {};
  const auth = login ? isObject(response.auth) ? response.auth : void 0 : topAuth;
  const who = auth && principalOf2(auth);
  if (!who) return sink.accept("ignored");
  const housekeeping = HOUSEKEEPING.test(path9);
  const operation = text2(request.operation) ?? "request";
  const event = {
    principal: who.principal,
    at,
    action: `${operation} ${path9}`.slice(0, 200),
    meaningful: ok && !login && !housekeeping,
    ok,
    line
  };
  if (login || housekeeping) event.login = true;
  if (UI.test(path9)) {
    event.interactive = true;
    event.detail = "Vault UI or browser sign-in";
  }
  const longLived = auth && nonExpiring(auth);
  if (longLived) {
    event.credential = longLived.credential;
    if (!state.sent.has(longLived.credential)) {
      state.sent.add(longLived.credential);
      const fact = {
        principal: who.principal,
        credential: longLived.credential,
        createdAt: longLived.createdAt,
        expiresAt: null,
        active: true,
        credentialKind: "token",
        line
      };
      sink.credential(fact);
      if (longLived.credential.startsWith("token-accessor:hmac-")) {
        coverage.blindSpot(
          "token accessors are HMAC-ed by this audit device (hmac_accessor=true): a non-expiring token is named by the HMAC the device writes"
        );
      }
    }
  }
  const entity = auth && text2(auth.entity_id);
  const factKey = `${who.principal}
${entity ?? ""}`;
  if ((entity !== void 0 || who.outOfScope) && !state.sent.has(factKey)) {
    state.sent.add(factKey);
    sink.principal({
      principal: who.principal,
      aliases: entity ? [entity] : [],
      outOfScope: who.outOfScope,
      line
    });
  }
  sink.usage(event);
  sink.accept();
}
var vaultAudit = {
  type: "vault-audit",
  platform: "vault",
  coverage: "events",
  async read(ctx) {
    const state = perSource(ctx, "vault-audit", () => ({ recent: new RecentIds2(), sent: /* @__PURE__ */ new Set() }));
    ctx.coverage.blindSpot(
      "paths Vault never audits (sys/health, sys/seal-status, \u2026) and requests no audit device could write are not in the log"
    );
    await forEachJsonRecord(() => ctx.file.open(), {
      record: (value, line) => countEntry(value, line, ctx, state),
      error: (line, reason) => ctx.sink.reject(line, reason)
    });
  }
};

// src/sources/registry.ts
var READERS = [
  // readers are listed here, one line each
  awsIamCredentialReportReader,
  genericCsvReader,
  genericJsonlReader,
  githubAuditLogReader,
  lastseenSummaryReader,
  k8sAudit,
  vaultAudit,
  awsAccessKeys,
  awsAccessAnalyzer,
  gcpServiceAccountKeys,
  gcpActivity,
  azureSpSignins,
  azureAppCredentials,
  githubActionsSecrets,
  githubAppInstallations,
  githubDeployKeys,
  githubPats,
  googleWorkspaceUsage,
  oktaSystemLog,
  slackMemberAnalytics
];
var BY_TYPE = new Map(READERS.map((reader) => [reader.type, reader]));
function readerFor(type) {
  return BY_TYPE.get(type);
}
function sourceTypes() {
  return [...BY_TYPE.keys()].sort();
}

// src/version.ts
var VERSION = true ? "0.1.0" : "0.0.0-dev";

// src/scan.ts
async function scan(options) {
  const workspace = path5.resolve(options.workspace);
  const config = options.loaded ?? await loadConfig({ workspace, config: options.config });
  const now = options.now ?? Date.now();
  const failOn = options.failOn ?? config.policy.failOn;
  const entries = config.sources.map((entry) => {
    const reader = readerFor(entry.type);
    if (!reader) {
      throw new ConfigurationError(
        `source type ${JSON.stringify(entry.type)} is not supported; expected one of: ${sourceTypes().join(", ")}`,
        entry.location
      );
    }
    reader.validate?.(entry);
    return { entry, reader };
  });
  const fold2 = new UsageFold();
  const results = [];
  for (const [i, { entry, reader }] of entries.entries()) {
    const label = `${entry.type} ${entry.path ?? "(API)"}`;
    results.push(await readSource(entry, reader, fold2.sinkFor(i, label), { workspace, now, progress: options.progress }));
  }
  const covering = results.map((result) => ({
    label: `${result.summary.type} ${result.summary.path ?? "(API)"}`,
    type: result.summary.type,
    path: result.summary.path,
    kind: result.coverage,
    platform: result.platform,
    windowFrom: result.windowFrom,
    windowTo: result.windowTo,
    generatedAt: result.generatedAt,
    generatedAtFrom: result.summary.generatedAtFrom,
    failed: result.failed,
    blindSpots: result.summary.blindSpots ?? []
  }));
  const subjects = correlate({ config, fold: fold2, sources: covering });
  const { findings, verdicts } = evaluate({ subjects, config, sources: covering, now, failOn });
  const summaries = results.map((r) => r.summary);
  const report = buildReport({
    version: VERSION,
    now,
    config,
    failOn,
    sources: summaries,
    subjects,
    findings,
    verdict: (subject) => {
      const v = verdicts.get(subject.id);
      return { status: v.status, neverUsed: v.neverUsed, lastMeaningfulUse: v.lastMeaningfulUse, lastUse: v.lastUse };
    },
    credentialVerdict: (subject, id) => {
      const v = verdicts.get(subject.id)?.credentials.get(id);
      return v && { status: v.status, neverUsed: v.neverUsed, lastMeaningfulUse: v.lastMeaningfulUse, lastUse: v.lastUse };
    }
  });
  return { report, config, subjects };
}

// src/cli/explain.ts
import path6 from "node:path";
import { parseArgs } from "node:util";

// src/cli/help.ts
var HELP = `lastseen \u2014 prove that every non-human identity is still owned, rotated and used

Usage:
  lastseen scan    [options]           judge every identity in lastseen.yml against its telemetry
  lastseen explain <identity> [options] show the evidence behind one identity's verdicts
  lastseen init    [options]           write a starting lastseen.yml from telemetry and the repository

Common options:
  -c, --config <file>     the inventory (default: lastseen.yml, then .github/lastseen.yml)
  -w, --workspace <dir>   every input must lie inside it (default: the current folder)
      --now <time>        evaluate at this time (ISO 8601), so runs are reproducible
  -h, --help              help for a command: lastseen scan --help
  -V, --version           print the version

Exit codes: 0 nothing blocks \xB7 1 a finding at or above --fail-on \xB7 2 bad input or usage (with file:line)

Examples:
  lastseen scan                                   # table on the terminal
  lastseen scan --format json --output lastseen.json --now 2026-11-25T00:00:00Z
  lastseen scan --fail-on critical --quiet        # exit code only, for scripts
  lastseen explain ci-deployer                    # why is ci-deployer inactive?

Docs: README.md, docs/config.md (the inventory), docs/sources.md (telemetry formats), docs/rules.md.
`;
var SCAN_HELP = `lastseen scan \u2014 judge every identity in lastseen.yml against its usage telemetry

Usage: lastseen scan [options]

Options:
  -c, --config <file>     the inventory (default: lastseen.yml, then .github/lastseen.yml)
  -w, --workspace <dir>   every input path must resolve inside it (default: the current folder)
      --now <time>        evaluate at this ISO 8601 time instead of the clock
  -f, --format <format>   table (default), json, sarif, markdown or html
  -o, --output <file>     write the report to a file instead of standard output
      --fail-on <level>   lowest severity that fails the run: none, low, medium, high, critical
                          (default: the config's policy.fail-on, else high)
  -q, --quiet             print nothing but errors; the exit code tells the result
  -v, --verbose           list every subject in the table, not only those that are not active

Colour is used only when standard output is a terminal and NO_COLOR is not set. A progress line
(bytes of each export read) appears only on a terminal, never in CI logs.

Exit codes: 0 nothing blocks \xB7 1 something blocks \xB7 2 bad input or usage (with file:line)

Examples:
  lastseen scan --now 2026-11-25T12:00:00Z --format json > report.json
  lastseen scan --format markdown --output summary.md --fail-on none
`;
var EXPLAIN_HELP = `lastseen explain \u2014 the evidence behind one subject's verdicts

Usage: lastseen explain <identity-or-principal> [options]

Shows the owner, the principals and credentials claimed, the sources that cover it and the window
they observe, the last meaningful use, a week-by-week timeline of use, the hours of the week it is
active at, and every finding with its evidence and remediation.

Options:
  -c, --config <file>     the inventory (default: lastseen.yml, then .github/lastseen.yml)
  -w, --workspace <dir>   every input path must resolve inside it
      --now <time>        evaluate at this ISO 8601 time
      --json              print the subject and its findings as JSON

Example:
  lastseen explain ci-deployer --now 2026-11-25T12:00:00Z
`;
var INIT_HELP = `lastseen init \u2014 write a starting lastseen.yml

Usage: lastseen init [options]

Reads the sources of an existing config (--config), or those given with --source, and writes an
inventory with every principal they show as an identity with owner: null, to be filled in. It
never overwrites a file.

Options:
  -o, --output <file>          where to write (default: lastseen.yml in the current folder)
  -c, --config <file>          take the sources from this config
  -s, --source <type>=<path>   a telemetry export to read (repeatable), e.g.
                               --source aws-iam-credential-report=telemetry/credential-report.csv
  -w, --workspace <dir>        every input path must resolve inside it
      --now <time>             evaluate at this ISO 8601 time

Example:
  lastseen init --source github-audit-log=exports/audit.jsonl --output lastseen.yml
`;

// src/cli/now.ts
function parseNow(text3) {
  const bare = /^\d{4}-\d{2}-\d{2}$/.test(text3.trim());
  const t = parseTime(text3);
  if (t === void 0) {
    throw new InputError(`--now ${JSON.stringify(text3)} is not a time; expected ISO 8601, e.g. 2026-11-25T12:00:00Z or 2026-11-25`);
  }
  return bare ? t - DAY + 1 : t;
}

// src/cli/explain.ts
var DAY_NAMES2 = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
async function explainCommand(args, io) {
  const { values, positionals } = parseArgs({
    args,
    options: { ...COMMON_OPTIONS, json: { type: "boolean" } },
    allowPositionals: true
  });
  if (values.help) {
    io.stdout(EXPLAIN_HELP);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError("explain takes one identity id or principal id: lastseen explain <id>");
  const wanted = positionals[0];
  const workspace = path6.resolve(io.cwd, values.workspace ?? ".");
  const config = values.config === void 0 ? void 0 : path6.relative(workspace, path6.resolve(io.cwd, values.config));
  const now = values.now === void 0 ? Date.now() : parseNow(values.now);
  const result = await scan({ workspace, config, now });
  const lower = wanted.toLowerCase();
  const index = result.report.subjects.findIndex(
    (s) => s.id === wanted || s.principals.includes(wanted) || s.aliases.some((a) => a.toLowerCase() === lower)
  );
  if (index === -1) {
    const ids = result.report.subjects.map((s) => s.id);
    const close = ids.filter((id) => id.includes(wanted) || wanted.includes(id)).slice(0, 5);
    throw new InputError(
      `no subject ${JSON.stringify(wanted)}${close.length ? `; did you mean ${close.join(", ")}?` : ""} (${ids.length} subjects: see lastseen scan --verbose)`
    );
  }
  const subject = result.report.subjects[index];
  const internal = result.subjects[index];
  const findings = result.report.findings.filter((f) => f.subject === subject.id);
  if (values.json) {
    io.stdout(`${JSON.stringify({ subject, findings, hourOfWeek: internal.usage.hourOfWeek, days: internal.usage.days.map((d) => new Date(d * DAY).toISOString().slice(0, 10)) }, null, 2)}
`);
    return 0;
  }
  io.stdout(renderExplain(subject, internal, findings, now));
  return 0;
}
function renderExplain(subject, internal, findings, now) {
  const out = [];
  out.push(`${subject.id}${subject.declared ? "" : " (undeclared)"}`);
  if (subject.location) out.push(`  declared at   ${subject.location.path}:${subject.location.line}`);
  out.push(`  kind          ${subject.kind ?? "unknown"}${subject.platform ? ` on ${subject.platform}` : ""}`);
  out.push(`  owner         ${subject.owner ?? (subject.declared ? "none (unowned)" : "n/a: not declared")}`);
  if (internal.identity?.purpose) out.push(`  purpose       ${internal.identity.purpose}`);
  if (internal.identity?.reviewed) out.push(`  reviewed      by ${internal.identity.reviewed.by} on ${new Date(internal.identity.reviewed.on).toISOString().slice(0, 10)}`);
  out.push(`  principals    ${subject.principals.join(", ") || "(none: judged by its credentials)"}`);
  if (subject.aliases.length) out.push(`  aliases       ${subject.aliases.join(", ")}`);
  out.push("");
  out.push(`  status        ${subject.status}`);
  out.push(`  last use      ${subject.lastMeaningfulUse ?? (subject.neverUsed ? "never" : "unknown")} (meaningful)`);
  if (subject.lastUse && subject.lastUse !== subject.lastMeaningfulUse) out.push(`  last activity ${subject.lastUse} (logins included)`);
  out.push(`  events        ${subject.events} (${subject.meaningfulEvents} meaningful, ${internal.usage.loginEvents} logins, ${internal.usage.failedEvents} failed)`);
  out.push("");
  out.push("  coverage");
  if (internal.coverage.sources.length === 0) out.push("    no source covers it");
  for (const source of internal.coverage.sources) {
    const window = `${source.windowFrom ? new Date(source.windowFrom).toISOString().slice(0, 10) : "?"} \u2192 ${source.windowTo ? new Date(source.windowTo).toISOString().slice(0, 10) : "?"}`;
    out.push(`    ${source.label} (${source.kind}, ${window})${source.failed ? " \u2014 could not be read" : ""}`);
    for (const spot of source.blindSpots) out.push(`      blind spot: ${spot}`);
  }
  if (internal.coverage.noUsageField) out.push(`    no usage field: ${internal.coverage.noUsageField}`);
  if (subject.credentials.length) {
    out.push("", "  credentials");
    for (const c of subject.credentials) {
      const state = c.active ? "active" : c.state ?? "inactive";
      out.push(`    ${c.id}: ${state}, created ${c.createdAt?.slice(0, 10) ?? "?"}${c.rotatedAt ? `, rotated ${c.rotatedAt.slice(0, 10)}` : ""}, expires ${c.expiresAt?.slice(0, 10) ?? "never/unknown"}, last used ${c.lastMeaningfulUse?.slice(0, 10) ?? (c.neverUsed ? "never" : "unknown")}`);
    }
  }
  out.push("", "  timeline (meaningful use per week, last 26 weeks, oldest first)");
  out.push(`    ${sparkline(subject.weeks ?? [])}  ${new Date(now - 26 * 7 * DAY).toISOString().slice(0, 10)} \u2192 ${new Date(now).toISOString().slice(0, 10)}`);
  const totalHours = internal.usage.hourOfWeek.reduce((a, b) => a + b, 0);
  if (totalHours > 0) {
    out.push("", "  when it is used (UTC hours 00\u201323, per weekday)");
    for (let d = 0; d < 7; d++) {
      out.push(`    ${DAY_NAMES2[d]} ${sparkline(internal.usage.hourOfWeek.slice(d * 24, d * 24 + 24))}`);
    }
  }
  if (internal.usage.interactive.length) {
    out.push("", "  interactive use");
    for (const event of internal.usage.interactive) out.push(`    ${new Date(event.at).toISOString()} ${event.detail} (${event.source})`);
  }
  if (internal.identity?.stores) out.push("", `  holds the credential of ${internal.identity.stores}`);
  out.push("", findings.length ? `  findings (${findings.length})` : "  no findings");
  for (const f of findings) {
    out.push(`    ${f.severity.toUpperCase()} ${f.rule}${f.credential ? ` (${f.credential})` : ""}${f.suppressed ? " [suppressed]" : ""}${f.blocking ? " [blocking]" : ""}`);
    out.push(`      ${f.message}`);
    out.push(`      \u2192 ${f.remediation}`);
  }
  return `${out.join("\n")}
`;
}

// src/cli/init.ts
var import_yaml8 = __toESM(require_dist(), 1);
import { existsSync, writeFileSync } from "node:fs";
import path7 from "node:path";
import { parseArgs as parseArgs2 } from "node:util";
init_config();
var IDENTITY_KINDS = ["service-account", "api-token", "deploy-key", "secret", "oauth-app", "github-app", "bot-user", "licence", "workload"];
function slugFor(principal) {
  let base = principal;
  if (base.startsWith("arn:")) base = base.split(/[/:]/).pop() ?? base;
  else if (base.startsWith("system:serviceaccount:")) base = base.split(":").slice(2).join("-");
  else if (base.includes("@")) base = base.split("@")[0];
  else if (/^[a-z-]+:/.test(base)) base = base.slice(base.indexOf(":") + 1);
  const slug = base.toLowerCase().replace(/\[bot\]$/, "-bot").replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug || "identity";
}
async function initCommand(args, io) {
  const { values } = parseArgs2({
    args,
    options: {
      ...COMMON_OPTIONS,
      output: { type: "string", short: "o" },
      source: { type: "string", short: "s", multiple: true }
    }
  });
  if (values.help) {
    io.stdout(INIT_HELP);
    return 0;
  }
  const workspace = path7.resolve(io.cwd, values.workspace ?? ".");
  const output = path7.resolve(io.cwd, values.output ?? "lastseen.yml");
  if (existsSync(output)) {
    throw new InputError(`${path7.relative(io.cwd, output) || output} already exists; init never overwrites a file (use --output to write elsewhere)`);
  }
  const now = values.now === void 0 ? Date.now() : parseNow(values.now);
  let config;
  if (values.source && values.source.length > 0) {
    config = {
      version: 1,
      path: "(command line)",
      workspace,
      files: [],
      policy: DEFAULT_POLICY,
      sources: values.source.map((spec, i) => sourceFromFlag(spec, i, io.cwd)),
      people: [],
      discover: { enabled: false, paths: [], baseDir: workspace },
      identities: [],
      secrets: []
    };
  } else {
    const found = values.config === void 0 ? findConfigPath(workspace) : path7.relative(workspace, path7.resolve(io.cwd, values.config));
    if (found === void 0) {
      throw new InputError("init needs telemetry to read: give --source <type>=<path> (repeatable), or --config with sources");
    }
    config = { ...await loadConfig({ workspace, config: found }), identities: [] };
  }
  const { subjects } = await scan({ workspace, loaded: config, now, failOn: "none" });
  const doc = new import_yaml8.Document({ version: 1 });
  doc.commentBefore = " Written by lastseen init. Fill in every owner (@org/team, @user or an e-mail), a purpose, and\n remove what is not yours. Schema: https://github.com/lastseen/lastseen/blob/main/schema/lastseen.schema.json";
  const outDir = path7.dirname(output);
  doc.set(
    "sources",
    config.sources.map((entry) => {
      const absolute = path7.resolve(entry.baseDir, entry.path ?? ".");
      const out = { type: entry.type };
      if (entry.path !== void 0) out.path = path7.relative(outDir, absolute).split(path7.sep).join("/");
      for (const [key, value] of Object.entries(entry.options)) out[key] = value;
      return out;
    })
  );
  const used = /* @__PURE__ */ new Set();
  const identities = new import_yaml8.YAMLSeq();
  for (const subject of subjects.filter((s) => !s.declared)) {
    let id = slugFor(subject.id);
    for (let n = 2; used.has(id); n++) id = `${slugFor(subject.id)}-${n}`;
    used.add(id);
    const item = { id };
    if (subject.kind && IDENTITY_KINDS.includes(subject.kind)) item.kind = subject.kind;
    if (subject.platform) item.platform = subject.platform;
    item.owner = null;
    item.principals = [subject.id];
    identities.items.push(doc.createNode(item));
  }
  doc.set("identities", identities);
  writeFileSync(output, doc.toString({ lineWidth: 0 }));
  io.stderr(
    `lastseen: wrote ${relativeToWorkspace(io.cwd, output)} with ${identities.items.length} identities from ${config.sources.length} sources; fill in their owners
`
  );
  return 0;
}
function sourceFromFlag(spec, index, cwd) {
  const eq = spec.indexOf("=");
  if (eq <= 0 || eq === spec.length - 1) {
    throw new InputError(`--source ${JSON.stringify(spec)}: expected <type>=<path>, e.g. aws-iam-credential-report=credential-report.csv`);
  }
  return {
    type: spec.slice(0, eq),
    path: spec.slice(eq + 1),
    baseDir: cwd,
    options: {},
    location: { path: `--source #${index + 1}`, line: 1 }
  };
}

// src/cli/formats.ts
async function renderExtraFormat(format, report) {
  if (format === "sarif") {
    const [{ renderSarifText: renderSarifText2 }, { FRAMEWORKS: FRAMEWORKS2, RULE_METADATA: RULE_METADATA2 }] = await Promise.all([
      Promise.resolve().then(() => (init_sarif(), sarif_exports)),
      Promise.resolve().then(() => (init_metadata(), metadata_exports))
    ]);
    return renderSarifText2(report, { rules: RULE_METADATA2, frameworks: FRAMEWORKS2 });
  }
  throw new InputError(`--format ${format} is not available in this build`);
}

// src/cli/main.ts
var FORMATS = ["table", "json", "sarif", "markdown", "html"];
var FAIL_ON = ["none", "low", "medium", "high", "critical"];
async function main(argv, io) {
  try {
    return await run(argv, io);
  } catch (error) {
    if (isUserError(error)) {
      io.stderr(`lastseen: ${formatUserError(error)}
`);
      return 2;
    }
    if (error instanceof TypeError && error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      io.stderr(`lastseen: ${error.message}
Run 'lastseen --help' for the options.
`);
      return 2;
    }
    if (error instanceof TypeError && String(error.code).startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`lastseen: ${error.message}
`);
      return 2;
    }
    const detail = error instanceof Error ? error.stack ?? error.message : String(error);
    io.stderr(`lastseen: internal error \u2014 this is a bug, please report it with the output below.
${detail}
`);
    return 3;
  }
}
async function run(argv, io) {
  const [command, ...rest] = argv;
  if (command === void 0 || command === "--help" || command === "-h" || command === "help") {
    io.stdout(HELP);
    return command === void 0 ? 2 : 0;
  }
  if (command === "--version" || command === "-V") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  if (command === "scan") return scanCommand(rest, io);
  if (command === "explain") return explainCommand(rest, io);
  if (command === "init") return initCommand(rest, io);
  throw new InputError(`unknown command ${JSON.stringify(command)}; the commands are scan, explain and init (see 'lastseen --help')`);
}
var COMMON_OPTIONS = {
  config: { type: "string", short: "c" },
  workspace: { type: "string", short: "w" },
  now: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function scanCommand(args, io) {
  const { values } = parseArgs3({
    args,
    options: {
      ...COMMON_OPTIONS,
      format: { type: "string", short: "f", default: "table" },
      output: { type: "string", short: "o" },
      "fail-on": { type: "string" },
      quiet: { type: "boolean", short: "q" },
      verbose: { type: "boolean", short: "v" }
    },
    allowPositionals: false
  });
  if (values.help) {
    io.stdout(SCAN_HELP);
    return 0;
  }
  const format = values.format;
  if (!FORMATS.includes(format)) {
    throw new InputError(`--format ${JSON.stringify(values.format)} is not one of ${FORMATS.join(", ")}`);
  }
  const failOn = values["fail-on"];
  if (failOn !== void 0 && !FAIL_ON.includes(failOn)) {
    throw new InputError(`--fail-on ${JSON.stringify(failOn)} is not one of ${FAIL_ON.join(", ")}`);
  }
  const workspace = path8.resolve(io.cwd, values.workspace ?? ".");
  const config = values.config === void 0 ? void 0 : path8.relative(workspace, path8.resolve(io.cwd, values.config));
  const progress = io.progress && !values.quiet ? progressPrinter(io) : void 0;
  const { report } = await scan({
    workspace,
    config,
    now: values.now === void 0 ? void 0 : parseNow(values.now),
    failOn,
    progress: progress?.update
  });
  progress?.done();
  let text3;
  if (format === "json") text3 = renderJson(report);
  else if (format === "markdown") text3 = renderMarkdown(report, { budget: Number.MAX_SAFE_INTEGER });
  else if (format === "table") text3 = renderConsole(report, { color: io.color && !values.output, verbose: values.verbose });
  else text3 = await renderExtraFormat(format, report);
  if (values.output) {
    const target = path8.resolve(io.cwd, values.output);
    writeFileSync2(target, text3);
    if (!values.quiet) {
      const s = report.summary;
      io.stderr(`lastseen: wrote ${format} report to ${values.output}: ${s.findings} findings, ${s.blocking} blocking
`);
    }
  } else if (!values.quiet || format !== "table") {
    io.stdout(text3);
  }
  if (values.quiet && format === "table" && report.summary.blocking > 0) {
    io.stderr(`lastseen: ${report.summary.blocking} blocking findings (fail-on: ${report.failOn})
`);
  }
  return report.summary.blocking > 0 ? 1 : 0;
}
function progressPrinter(io) {
  let last = 0;
  let shown = false;
  const mb = (n) => `${(n / 1048576).toFixed(1)} MB`;
  return {
    update(file, bytes) {
      const t = Date.now();
      if (t - last < 100 && bytes < file.size) return;
      last = t;
      shown = true;
      io.stderr(`\r\x1B[2Kreading ${file.path} ${mb(bytes)} / ${mb(file.size)}`);
    },
    done() {
      if (shown) io.stderr("\r\x1B[2K");
    }
  };
}

// src/cli/index.ts
var color = Boolean(process.stdout.isTTY) && !("NO_COLOR" in process.env) && process.env.TERM !== "dumb";
var code = await main(process.argv.slice(2), {
  stdout: (text3) => process.stdout.write(text3),
  stderr: (text3) => process.stderr.write(text3),
  color,
  progress: Boolean(process.stderr.isTTY) && !process.env.CI,
  cwd: process.cwd(),
  env: process.env
});
process.exitCode = code;
