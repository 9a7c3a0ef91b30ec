import { createRequire as __createRequire } from 'node:module';
const require = __createRequire(import.meta.url);
import {
  unescapeModulePath
} from "./chunk-NU5Q7IMV.js";
import {
  RESULT_MARK,
  debug,
  getState,
  info,
  notice,
  saveState,
  setOutput,
  warning
} from "./chunk-6NOU4TFR.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM,
  errorMessage
} from "./chunk-6YREEE2X.js";

// node_modules/pend/index.js
var require_pend = __commonJS({
  "node_modules/pend/index.js"(exports, module) {
    module.exports = Pend;
    function Pend() {
      this.pending = 0;
      this.max = Infinity;
      this.listeners = [];
      this.waiting = [];
      this.error = null;
    }
    __name(Pend, "Pend");
    Pend.prototype.go = function(fn) {
      if (this.pending < this.max) {
        pendGo(this, fn);
      } else {
        this.waiting.push(fn);
      }
    };
    Pend.prototype.wait = function(cb) {
      if (this.pending === 0) {
        cb(this.error);
      } else {
        this.listeners.push(cb);
      }
    };
    Pend.prototype.hold = function() {
      return pendHold(this);
    };
    function pendHold(self) {
      self.pending += 1;
      var called = false;
      return onCb;
      function onCb(err) {
        if (called) throw new Error("callback called twice");
        called = true;
        self.error = self.error || err;
        self.pending -= 1;
        if (self.waiting.length > 0 && self.pending < self.max) {
          pendGo(self, self.waiting.shift());
        } else if (self.pending === 0) {
          var listeners = self.listeners;
          self.listeners = [];
          listeners.forEach(cbListener);
        }
      }
      __name(onCb, "onCb");
      function cbListener(listener) {
        listener(self.error);
      }
      __name(cbListener, "cbListener");
    }
    __name(pendHold, "pendHold");
    function pendGo(self, fn) {
      fn(pendHold(self));
    }
    __name(pendGo, "pendGo");
  }
});

// node_modules/yauzl/fd-slicer.js
var require_fd_slicer = __commonJS({
  "node_modules/yauzl/fd-slicer.js"(exports) {
    var fs3 = __require("fs");
    var util = __require("util");
    var stream = __require("stream");
    var Readable = stream.Readable;
    var Writable = stream.Writable;
    var PassThrough = stream.PassThrough;
    var Pend = require_pend();
    var EventEmitter = __require("events").EventEmitter;
    exports.createFromBuffer = createFromBuffer;
    exports.createFromFd = createFromFd;
    exports.BufferSlicer = BufferSlicer;
    exports.FdSlicer = FdSlicer;
    util.inherits(FdSlicer, EventEmitter);
    function FdSlicer(fd, options2) {
      options2 = options2 || {};
      EventEmitter.call(this);
      this.fd = fd;
      this.pend = new Pend();
      this.pend.max = 1;
      this.refCount = 0;
      this.autoClose = !!options2.autoClose;
    }
    __name(FdSlicer, "FdSlicer");
    FdSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs3.read(self.fd, buffer, offset, length, position, function(err, bytesRead, buffer2) {
          cb();
          callback(err, bytesRead, buffer2);
        });
      });
    };
    FdSlicer.prototype.write = function(buffer, offset, length, position, callback) {
      var self = this;
      self.pend.go(function(cb) {
        fs3.write(self.fd, buffer, offset, length, position, function(err, written, buffer2) {
          cb();
          callback(err, written, buffer2);
        });
      });
    };
    FdSlicer.prototype.createReadStream = function(options2) {
      return new ReadStream(this, options2);
    };
    FdSlicer.prototype.createWriteStream = function(options2) {
      return new WriteStream(this, options2);
    };
    FdSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    FdSlicer.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      if (self.autoClose) {
        fs3.close(self.fd, onCloseDone);
      }
      function onCloseDone(err) {
        if (err) {
          self.emit("error", err);
        } else {
          self.emit("close");
        }
      }
      __name(onCloseDone, "onCloseDone");
    };
    util.inherits(ReadStream, Readable);
    function ReadStream(context, options2) {
      options2 = options2 || {};
      Readable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end;
      this.pos = this.start;
      this.destroyed = false;
    }
    __name(ReadStream, "ReadStream");
    ReadStream.prototype._read = function(n) {
      var self = this;
      if (self.destroyed) return;
      var toRead = Math.min(self._readableState.highWaterMark, n);
      if (self.endOffset != null) {
        toRead = Math.min(toRead, self.endOffset - self.pos);
      }
      if (toRead <= 0) {
        self.destroyed = true;
        self.push(null);
        self.context.unref();
        return;
      }
      self.context.pend.go(function(cb) {
        if (self.destroyed) return cb();
        var buffer = Buffer.allocUnsafe(toRead);
        fs3.read(self.context.fd, buffer, 0, toRead, self.pos, function(err, bytesRead) {
          if (err) {
            self.destroy(err);
          } else if (bytesRead === 0) {
            self.destroyed = true;
            self.push(null);
            self.context.unref();
          } else {
            self.pos += bytesRead;
            self.push(buffer.slice(0, bytesRead));
          }
          cb();
        });
      });
    };
    ReadStream.prototype.destroy = function(err) {
      if (this.destroyed) return;
      err = err || new Error("stream destroyed");
      this.destroyed = true;
      this.emit("error", err);
      this.context.unref();
    };
    util.inherits(WriteStream, Writable);
    function WriteStream(context, options2) {
      options2 = options2 || {};
      Writable.call(this, options2);
      this.context = context;
      this.context.ref();
      this.start = options2.start || 0;
      this.endOffset = options2.end == null ? Infinity : +options2.end;
      this.bytesWritten = 0;
      this.pos = this.start;
      this.destroyed = false;
      this.on("finish", this.destroy.bind(this));
    }
    __name(WriteStream, "WriteStream");
    WriteStream.prototype._write = function(buffer, encoding, callback) {
      var self = this;
      if (self.destroyed) return;
      if (self.pos + buffer.length > self.endOffset) {
        var err = new Error("maximum file length exceeded");
        err.code = "ETOOBIG";
        self.destroy();
        callback(err);
        return;
      }
      self.context.pend.go(function(cb) {
        if (self.destroyed) return cb();
        fs3.write(self.context.fd, buffer, 0, buffer.length, self.pos, function(err2, bytes) {
          if (err2) {
            self.destroy();
            cb();
            callback(err2);
          } else {
            self.bytesWritten += bytes;
            self.pos += bytes;
            self.emit("progress");
            cb();
            callback();
          }
        });
      });
    };
    WriteStream.prototype.destroy = function() {
      if (this.destroyed) return;
      this.destroyed = true;
      this.context.unref();
    };
    util.inherits(BufferSlicer, EventEmitter);
    function BufferSlicer(buffer, options2) {
      EventEmitter.call(this);
      options2 = options2 || {};
      this.refCount = 0;
      this.buffer = buffer;
      this.maxChunkSize = options2.maxChunkSize || Number.MAX_SAFE_INTEGER;
    }
    __name(BufferSlicer, "BufferSlicer");
    BufferSlicer.prototype.read = function(buffer, offset, length, position, callback) {
      if (!(0 <= offset && offset <= buffer.length)) throw new RangeError("offset outside buffer: 0 <= " + offset + " <= " + buffer.length);
      if (position < 0) throw new RangeError("position is negative: " + position);
      if (offset + length > buffer.length) {
        length = buffer.length - offset;
      }
      if (position + length > this.buffer.length) {
        length = this.buffer.length - position;
      }
      if (length <= 0) {
        setImmediate(function() {
          callback(null, 0);
        });
        return;
      }
      this.buffer.copy(buffer, offset, position, position + length);
      setImmediate(function() {
        callback(null, length);
      });
    };
    BufferSlicer.prototype.write = function(buffer, offset, length, position, callback) {
      buffer.copy(this.buffer, position, offset, offset + length);
      setImmediate(function() {
        callback(null, length, buffer);
      });
    };
    BufferSlicer.prototype.createReadStream = function(options2) {
      options2 = options2 || {};
      var readStream = new PassThrough(options2);
      readStream.destroyed = false;
      readStream.start = options2.start || 0;
      readStream.endOffset = options2.end;
      readStream.pos = readStream.endOffset || this.buffer.length;
      var entireSlice = this.buffer.slice(readStream.start, readStream.pos);
      var offset = 0;
      while (true) {
        var nextOffset = offset + this.maxChunkSize;
        if (nextOffset >= entireSlice.length) {
          if (offset < entireSlice.length) {
            readStream.write(entireSlice.slice(offset, entireSlice.length));
          }
          break;
        }
        readStream.write(entireSlice.slice(offset, nextOffset));
        offset = nextOffset;
      }
      readStream.end();
      readStream.destroy = function() {
        readStream.destroyed = true;
      };
      return readStream;
    };
    BufferSlicer.prototype.createWriteStream = function(options2) {
      var bufferSlicer = this;
      options2 = options2 || {};
      var writeStream = new Writable(options2);
      writeStream.start = options2.start || 0;
      writeStream.endOffset = options2.end == null ? this.buffer.length : +options2.end;
      writeStream.bytesWritten = 0;
      writeStream.pos = writeStream.start;
      writeStream.destroyed = false;
      writeStream._write = function(buffer, encoding, callback) {
        if (writeStream.destroyed) return;
        var end = writeStream.pos + buffer.length;
        if (end > writeStream.endOffset) {
          var err = new Error("maximum file length exceeded");
          err.code = "ETOOBIG";
          writeStream.destroyed = true;
          callback(err);
          return;
        }
        buffer.copy(bufferSlicer.buffer, writeStream.pos, 0, buffer.length);
        writeStream.bytesWritten += buffer.length;
        writeStream.pos = end;
        writeStream.emit("progress");
        callback();
      };
      writeStream.destroy = function() {
        writeStream.destroyed = true;
      };
      return writeStream;
    };
    BufferSlicer.prototype.ref = function() {
      this.refCount += 1;
    };
    BufferSlicer.prototype.unref = function() {
      this.refCount -= 1;
      if (this.refCount < 0) {
        throw new Error("invalid unref");
      }
    };
    function createFromBuffer(buffer, options2) {
      return new BufferSlicer(buffer, options2);
    }
    __name(createFromBuffer, "createFromBuffer");
    function createFromFd(fd, options2) {
      return new FdSlicer(fd, options2);
    }
    __name(createFromFd, "createFromFd");
  }
});

// node_modules/buffer-crc32/index.js
var require_buffer_crc32 = __commonJS({
  "node_modules/buffer-crc32/index.js"(exports, module) {
    var Buffer2 = __require("buffer").Buffer;
    var CRC_TABLE = [
      0,
      1996959894,
      3993919788,
      2567524794,
      124634137,
      1886057615,
      3915621685,
      2657392035,
      249268274,
      2044508324,
      3772115230,
      2547177864,
      162941995,
      2125561021,
      3887607047,
      2428444049,
      498536548,
      1789927666,
      4089016648,
      2227061214,
      450548861,
      1843258603,
      4107580753,
      2211677639,
      325883990,
      1684777152,
      4251122042,
      2321926636,
      335633487,
      1661365465,
      4195302755,
      2366115317,
      997073096,
      1281953886,
      3579855332,
      2724688242,
      1006888145,
      1258607687,
      3524101629,
      2768942443,
      901097722,
      1119000684,
      3686517206,
      2898065728,
      853044451,
      1172266101,
      3705015759,
      2882616665,
      651767980,
      1373503546,
      3369554304,
      3218104598,
      565507253,
      1454621731,
      3485111705,
      3099436303,
      671266974,
      1594198024,
      3322730930,
      2970347812,
      795835527,
      1483230225,
      3244367275,
      3060149565,
      1994146192,
      31158534,
      2563907772,
      4023717930,
      1907459465,
      112637215,
      2680153253,
      3904427059,
      2013776290,
      251722036,
      2517215374,
      3775830040,
      2137656763,
      141376813,
      2439277719,
      3865271297,
      1802195444,
      476864866,
      2238001368,
      4066508878,
      1812370925,
      453092731,
      2181625025,
      4111451223,
      1706088902,
      314042704,
      2344532202,
      4240017532,
      1658658271,
      366619977,
      2362670323,
      4224994405,
      1303535960,
      984961486,
      2747007092,
      3569037538,
      1256170817,
      1037604311,
      2765210733,
      3554079995,
      1131014506,
      879679996,
      2909243462,
      3663771856,
      1141124467,
      855842277,
      2852801631,
      3708648649,
      1342533948,
      654459306,
      3188396048,
      3373015174,
      1466479909,
      544179635,
      3110523913,
      3462522015,
      1591671054,
      702138776,
      2966460450,
      3352799412,
      1504918807,
      783551873,
      3082640443,
      3233442989,
      3988292384,
      2596254646,
      62317068,
      1957810842,
      3939845945,
      2647816111,
      81470997,
      1943803523,
      3814918930,
      2489596804,
      225274430,
      2053790376,
      3826175755,
      2466906013,
      167816743,
      2097651377,
      4027552580,
      2265490386,
      503444072,
      1762050814,
      4150417245,
      2154129355,
      426522225,
      1852507879,
      4275313526,
      2312317920,
      282753626,
      1742555852,
      4189708143,
      2394877945,
      397917763,
      1622183637,
      3604390888,
      2714866558,
      953729732,
      1340076626,
      3518719985,
      2797360999,
      1068828381,
      1219638859,
      3624741850,
      2936675148,
      906185462,
      1090812512,
      3747672003,
      2825379669,
      829329135,
      1181335161,
      3412177804,
      3160834842,
      628085408,
      1382605366,
      3423369109,
      3138078467,
      570562233,
      1426400815,
      3317316542,
      2998733608,
      733239954,
      1555261956,
      3268935591,
      3050360625,
      752459403,
      1541320221,
      2607071920,
      3965973030,
      1969922972,
      40735498,
      2617837225,
      3943577151,
      1913087877,
      83908371,
      2512341634,
      3803740692,
      2075208622,
      213261112,
      2463272603,
      3855990285,
      2094854071,
      198958881,
      2262029012,
      4057260610,
      1759359992,
      534414190,
      2176718541,
      4139329115,
      1873836001,
      414664567,
      2282248934,
      4279200368,
      1711684554,
      285281116,
      2405801727,
      4167216745,
      1634467795,
      376229701,
      2685067896,
      3608007406,
      1308918612,
      956543938,
      2808555105,
      3495958263,
      1231636301,
      1047427035,
      2932959818,
      3654703836,
      1088359270,
      936918e3,
      2847714899,
      3736837829,
      1202900863,
      817233897,
      3183342108,
      3401237130,
      1404277552,
      615818150,
      3134207493,
      3453421203,
      1423857449,
      601450431,
      3009837614,
      3294710456,
      1567103746,
      711928724,
      3020668471,
      3272380065,
      1510334235,
      755167117
    ];
    if (typeof Int32Array !== "undefined") {
      CRC_TABLE = new Int32Array(CRC_TABLE);
    }
    function ensureBuffer(input) {
      if (Buffer2.isBuffer(input)) {
        return input;
      }
      var hasNewBufferAPI = typeof Buffer2.alloc === "function" && typeof Buffer2.from === "function";
      if (typeof input === "number") {
        return hasNewBufferAPI ? Buffer2.alloc(input) : new Buffer2(input);
      } else if (typeof input === "string") {
        return hasNewBufferAPI ? Buffer2.from(input) : new Buffer2(input);
      } else {
        throw new Error("input must be buffer, number, or string, received " + typeof input);
      }
    }
    __name(ensureBuffer, "ensureBuffer");
    function bufferizeInt(num) {
      var tmp = ensureBuffer(4);
      tmp.writeInt32BE(num, 0);
      return tmp;
    }
    __name(bufferizeInt, "bufferizeInt");
    function _crc32(buf, previous) {
      buf = ensureBuffer(buf);
      if (Buffer2.isBuffer(previous)) {
        previous = previous.readUInt32BE(0);
      }
      var crc = ~~previous ^ -1;
      for (var n = 0; n < buf.length; n++) {
        crc = CRC_TABLE[(crc ^ buf[n]) & 255] ^ crc >>> 8;
      }
      return crc ^ -1;
    }
    __name(_crc32, "_crc32");
    function crc32() {
      return bufferizeInt(_crc32.apply(null, arguments));
    }
    __name(crc32, "crc32");
    crc32.signed = function() {
      return _crc32.apply(null, arguments);
    };
    crc32.unsigned = function() {
      return _crc32.apply(null, arguments) >>> 0;
    };
    module.exports = crc32;
  }
});

// node_modules/yauzl/index.js
var require_yauzl = __commonJS({
  "node_modules/yauzl/index.js"(exports) {
    var fs3 = __require("fs");
    var zlib = __require("zlib");
    var fd_slicer = require_fd_slicer();
    var crc32 = require_buffer_crc32();
    var util = __require("util");
    var EventEmitter = __require("events").EventEmitter;
    var Transform = __require("stream").Transform;
    var PassThrough = __require("stream").PassThrough;
    var Writable = __require("stream").Writable;
    exports.open = open;
    exports.fromFd = fromFd;
    exports.fromBuffer = fromBuffer;
    exports.fromRandomAccessReader = fromRandomAccessReader;
    exports.dosDateTimeToDate = dosDateTimeToDate;
    exports.getFileNameLowLevel = getFileNameLowLevel;
    exports.validateFileName = validateFileName;
    exports.parseExtraFields = parseExtraFields;
    exports.ZipFile = ZipFile;
    exports.Entry = Entry;
    exports.LocalFileHeader = LocalFileHeader;
    exports.RandomAccessReader = RandomAccessReader;
    function open(path7, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs3.open(path7, "r", function(err, fd) {
        if (err) return callback(err);
        fromFd(fd, options2, function(err2, zipfile) {
          if (err2) fs3.close(fd, defaultCallback);
          callback(err2, zipfile);
        });
      });
    }
    __name(open, "open");
    function fromFd(fd, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      fs3.fstat(fd, function(err, stats) {
        if (err) return callback(err);
        var reader = fd_slicer.createFromFd(fd, { autoClose: true });
        fromRandomAccessReader(reader, stats.size, options2, callback);
      });
    }
    __name(fromFd, "fromFd");
    function fromBuffer(buffer, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      options2.autoClose = false;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      var reader = fd_slicer.createFromBuffer(buffer, { maxChunkSize: 65536 });
      fromRandomAccessReader(reader, buffer.length, options2, callback);
    }
    __name(fromBuffer, "fromBuffer");
    function fromRandomAccessReader(reader, totalSize, options2, callback) {
      if (typeof options2 === "function") {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      if (options2.autoClose == null) options2.autoClose = true;
      if (options2.lazyEntries == null) options2.lazyEntries = false;
      if (options2.decodeStrings == null) options2.decodeStrings = true;
      var decodeStrings = !!options2.decodeStrings;
      if (options2.validateEntrySizes == null) options2.validateEntrySizes = true;
      if (options2.strictFileNames == null) options2.strictFileNames = false;
      if (callback == null) callback = defaultCallback;
      if (typeof totalSize !== "number") throw new Error("expected totalSize parameter to be a number");
      if (totalSize > Number.MAX_SAFE_INTEGER) {
        throw new Error("zip file too large. only file sizes up to 2^52 are supported due to JavaScript's Number type being an IEEE 754 double.");
      }
      reader.ref();
      var eocdrWithoutCommentSize = 22;
      var zip64EocdlSize = 20;
      var maxCommentSize = 65535;
      var bufferSize = Math.min(zip64EocdlSize + eocdrWithoutCommentSize + maxCommentSize, totalSize);
      var buffer = newBuffer(bufferSize);
      var bufferReadStart = totalSize - buffer.length;
      readAndAssertNoEof(reader, buffer, 0, bufferSize, bufferReadStart, function(err) {
        if (err) return callback(err);
        for (var i = bufferSize - eocdrWithoutCommentSize; i >= 0; i -= 1) {
          if (buffer.readUInt32LE(i) !== 101010256) continue;
          var eocdrBuffer = buffer.subarray(i);
          var diskNumber = eocdrBuffer.readUInt16LE(4);
          var entryCount = eocdrBuffer.readUInt16LE(10);
          var centralDirectoryOffset = eocdrBuffer.readUInt32LE(16);
          var commentLength = eocdrBuffer.readUInt16LE(20);
          var expectedCommentLength = eocdrBuffer.length - eocdrWithoutCommentSize;
          if (commentLength !== expectedCommentLength) {
            return callback(new Error("Invalid comment length. Expected: " + expectedCommentLength + ". Found: " + commentLength + ". Are there extra bytes at the end of the file? Or is the end of central dir signature `PK\u263A\u263B` in the comment?"));
          }
          var comment = decodeStrings ? decodeBuffer(eocdrBuffer.subarray(22), false) : eocdrBuffer.subarray(22);
          if (i - zip64EocdlSize >= 0 && buffer.readUInt32LE(i - zip64EocdlSize) === 117853008) {
            var zip64EocdlBuffer = buffer.subarray(i - zip64EocdlSize, i - zip64EocdlSize + zip64EocdlSize);
            var zip64EocdrOffset = readUInt64LE(zip64EocdlBuffer, 8);
            var zip64EocdrBuffer = newBuffer(56);
            return readAndAssertNoEof(reader, zip64EocdrBuffer, 0, zip64EocdrBuffer.length, zip64EocdrOffset, function(err2) {
              if (err2) return callback(err2);
              if (zip64EocdrBuffer.readUInt32LE(0) !== 101075792) {
                return callback(new Error("invalid zip64 end of central directory record signature"));
              }
              diskNumber = zip64EocdrBuffer.readUInt32LE(16);
              if (diskNumber !== 0) {
                return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
              }
              entryCount = readUInt64LE(zip64EocdrBuffer, 32);
              centralDirectoryOffset = readUInt64LE(zip64EocdrBuffer, 48);
              return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
            });
          }
          if (diskNumber !== 0) {
            return callback(new Error("multi-disk zip files are not supported: found disk number: " + diskNumber));
          }
          return callback(null, new ZipFile(reader, centralDirectoryOffset, totalSize, entryCount, comment, options2.autoClose, options2.lazyEntries, decodeStrings, options2.validateEntrySizes, options2.strictFileNames));
        }
        callback(new Error("End of central directory record signature not found. Either not a zip file, or file is truncated."));
      });
    }
    __name(fromRandomAccessReader, "fromRandomAccessReader");
    util.inherits(ZipFile, EventEmitter);
    function ZipFile(reader, centralDirectoryOffset, fileSize, entryCount, comment, autoClose, lazyEntries, decodeStrings, validateEntrySizes, strictFileNames) {
      var self = this;
      EventEmitter.call(self);
      self.reader = reader;
      self.reader.on("error", function(err) {
        emitError(self, err);
      });
      self.reader.once("close", function() {
        self.emit("close");
      });
      self.readEntryCursor = centralDirectoryOffset;
      self.fileSize = fileSize;
      self.entryCount = entryCount;
      self.comment = comment;
      self.entriesRead = 0;
      self.autoClose = !!autoClose;
      self.lazyEntries = !!lazyEntries;
      self.decodeStrings = !!decodeStrings;
      self.validateEntrySizes = !!validateEntrySizes;
      self.strictFileNames = !!strictFileNames;
      self.isOpen = true;
      self.emittedError = false;
      if (!self.lazyEntries) self._readEntry();
    }
    __name(ZipFile, "ZipFile");
    ZipFile.prototype.close = function() {
      if (!this.isOpen) return;
      this.isOpen = false;
      this.reader.unref();
    };
    function emitErrorAndAutoClose(self, err) {
      if (self.autoClose) self.close();
      emitError(self, err);
    }
    __name(emitErrorAndAutoClose, "emitErrorAndAutoClose");
    function emitError(self, err) {
      if (self.emittedError) return;
      self.emittedError = true;
      self.emit("error", err);
    }
    __name(emitError, "emitError");
    ZipFile.prototype.readEntry = function() {
      if (!this.lazyEntries) throw new Error("readEntry() called without lazyEntries:true");
      this._readEntry();
    };
    ZipFile.prototype._readEntry = function() {
      var self = this;
      if (self.entryCount === self.entriesRead) {
        setImmediate(function() {
          if (self.autoClose) self.close();
          if (self.emittedError) return;
          self.emit("end");
        });
        return;
      }
      if (self.emittedError) return;
      var buffer = newBuffer(46);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err) {
        if (err) return emitErrorAndAutoClose(self, err);
        if (self.emittedError) return;
        var entry = new Entry();
        var signature = buffer.readUInt32LE(0);
        if (signature !== 33639248) return emitErrorAndAutoClose(self, new Error("invalid central directory file header signature: 0x" + signature.toString(16)));
        entry.versionMadeBy = buffer.readUInt16LE(4);
        entry.versionNeededToExtract = buffer.readUInt16LE(6);
        entry.generalPurposeBitFlag = buffer.readUInt16LE(8);
        entry.compressionMethod = buffer.readUInt16LE(10);
        entry.lastModFileTime = buffer.readUInt16LE(12);
        entry.lastModFileDate = buffer.readUInt16LE(14);
        entry.crc32 = buffer.readUInt32LE(16);
        entry.compressedSize = buffer.readUInt32LE(20);
        entry.uncompressedSize = buffer.readUInt32LE(24);
        entry.fileNameLength = buffer.readUInt16LE(28);
        entry.extraFieldLength = buffer.readUInt16LE(30);
        entry.fileCommentLength = buffer.readUInt16LE(32);
        entry.internalFileAttributes = buffer.readUInt16LE(36);
        entry.externalFileAttributes = buffer.readUInt32LE(38);
        entry.relativeOffsetOfLocalHeader = buffer.readUInt32LE(42);
        if (entry.generalPurposeBitFlag & 64) return emitErrorAndAutoClose(self, new Error("strong encryption is not supported"));
        self.readEntryCursor += 46;
        buffer = newBuffer(entry.fileNameLength + entry.extraFieldLength + entry.fileCommentLength);
        readAndAssertNoEof(self.reader, buffer, 0, buffer.length, self.readEntryCursor, function(err2) {
          if (err2) return emitErrorAndAutoClose(self, err2);
          if (self.emittedError) return;
          entry.fileNameRaw = buffer.subarray(0, entry.fileNameLength);
          var fileCommentStart = entry.fileNameLength + entry.extraFieldLength;
          entry.extraFieldRaw = buffer.subarray(entry.fileNameLength, fileCommentStart);
          entry.fileCommentRaw = buffer.subarray(fileCommentStart, fileCommentStart + entry.fileCommentLength);
          try {
            entry.extraFields = parseExtraFields(entry.extraFieldRaw);
          } catch (err3) {
            return emitErrorAndAutoClose(self, err3);
          }
          if (self.decodeStrings) {
            var isUtf8 = (entry.generalPurposeBitFlag & 2048) !== 0;
            entry.fileComment = decodeBuffer(entry.fileCommentRaw, isUtf8);
            entry.fileName = getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, self.strictFileNames);
            var errorMessage2 = validateFileName(entry.fileName);
            if (errorMessage2 != null) return emitErrorAndAutoClose(self, new Error(errorMessage2));
          } else {
            entry.fileComment = entry.fileCommentRaw;
            entry.fileName = entry.fileNameRaw;
          }
          entry.comment = entry.fileComment;
          self.readEntryCursor += buffer.length;
          self.entriesRead += 1;
          for (var i = 0; i < entry.extraFields.length; i++) {
            var extraField = entry.extraFields[i];
            if (extraField.id !== 1) continue;
            var zip64EiefBuffer = extraField.data;
            var index = 0;
            if (entry.uncompressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include uncompressed size"));
              }
              entry.uncompressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.compressedSize === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include compressed size"));
              }
              entry.compressedSize = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            if (entry.relativeOffsetOfLocalHeader === 4294967295) {
              if (index + 8 > zip64EiefBuffer.length) {
                return emitErrorAndAutoClose(self, new Error("zip64 extended information extra field does not include relative header offset"));
              }
              entry.relativeOffsetOfLocalHeader = readUInt64LE(zip64EiefBuffer, index);
              index += 8;
            }
            break;
          }
          if (self.validateEntrySizes && entry.compressionMethod === 0) {
            var expectedCompressedSize = entry.uncompressedSize;
            if (entry.isEncrypted()) {
              expectedCompressedSize += 12;
            }
            if (entry.compressedSize !== expectedCompressedSize) {
              var msg = "compressed/uncompressed size mismatch for stored file: " + entry.compressedSize + " != " + entry.uncompressedSize;
              return emitErrorAndAutoClose(self, new Error(msg));
            }
          }
          self.emit("entry", entry);
          if (!self.lazyEntries) self._readEntry();
        });
      });
    };
    ZipFile.prototype.openReadStream = function(entry, options2, callback) {
      var self = this;
      var relativeStart = 0;
      var relativeEnd = entry.compressedSize;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) {
        options2 = {};
      } else {
        if (options2.decrypt != null) {
          if (!entry.isEncrypted()) {
            throw new Error("options.decrypt can only be specified for encrypted entries");
          }
          if (options2.decrypt !== false) throw new Error("invalid options.decrypt value: " + options2.decrypt);
          if (entry.isCompressed()) {
            if (options2.decompress !== false) throw new Error("entry is encrypted and compressed, and options.decompress !== false");
          }
        }
        if (options2.decompress != null) {
          if (!entry.isCompressed()) {
            throw new Error("options.decompress can only be specified for compressed entries");
          }
          if (!(options2.decompress === false || options2.decompress === true)) {
            throw new Error("invalid options.decompress value: " + options2.decompress);
          }
        }
        if (options2.start != null || options2.end != null) {
          if (entry.isCompressed() && options2.decompress !== false) {
            throw new Error("start/end range not allowed for compressed entry without options.decompress === false");
          }
          if (entry.isEncrypted() && options2.decrypt !== false) {
            throw new Error("start/end range not allowed for encrypted entry without options.decrypt === false");
          }
        }
        if (options2.start != null) {
          relativeStart = options2.start;
          if (relativeStart < 0) throw new Error("options.start < 0");
          if (relativeStart > entry.compressedSize) throw new Error("options.start > entry.compressedSize");
        }
        if (options2.end != null) {
          relativeEnd = options2.end;
          if (relativeEnd < 0) throw new Error("options.end < 0");
          if (relativeEnd > entry.compressedSize) throw new Error("options.end > entry.compressedSize");
          if (relativeEnd < relativeStart) throw new Error("options.end < options.start");
        }
      }
      if (!self.isOpen) return callback(new Error("closed"));
      if (entry.isEncrypted()) {
        if (options2.decrypt !== false) return callback(new Error("entry is encrypted, and options.decrypt !== false"));
      }
      var decompress;
      if (entry.compressionMethod === 0) {
        decompress = false;
      } else if (entry.compressionMethod === 8) {
        decompress = options2.decompress != null ? options2.decompress : true;
      } else {
        return callback(new Error("unsupported compression method: " + entry.compressionMethod));
      }
      self.readLocalFileHeader(entry, { minimal: true }, function(err, localFileHeader) {
        if (err) return callback(err);
        self.openReadStreamLowLevel(
          localFileHeader.fileDataStart,
          entry.compressedSize,
          relativeStart,
          relativeEnd,
          decompress,
          entry.uncompressedSize,
          callback
        );
      });
    };
    ZipFile.prototype.openReadStreamLowLevel = function(fileDataStart, compressedSize, relativeStart, relativeEnd, decompress, uncompressedSize, callback) {
      var self = this;
      var fileDataEnd = fileDataStart + compressedSize;
      var readStream = self.reader.createReadStream({
        start: fileDataStart + relativeStart,
        end: fileDataStart + relativeEnd
      });
      var endpointStream = readStream;
      if (decompress) {
        var destroyed = false;
        var inflateFilter = zlib.createInflateRaw();
        readStream.on("error", function(err) {
          setImmediate(function() {
            if (!destroyed) inflateFilter.emit("error", err);
          });
        });
        readStream.pipe(inflateFilter);
        if (self.validateEntrySizes) {
          endpointStream = new AssertByteCountStream(uncompressedSize);
          inflateFilter.on("error", function(err) {
            setImmediate(function() {
              if (!destroyed) endpointStream.emit("error", err);
            });
          });
          inflateFilter.pipe(endpointStream);
        } else {
          endpointStream = inflateFilter;
        }
        installDestroyFn(endpointStream, function() {
          destroyed = true;
          if (inflateFilter !== endpointStream) inflateFilter.unpipe(endpointStream);
          readStream.unpipe(inflateFilter);
          readStream.destroy();
        });
      }
      callback(null, endpointStream);
    };
    ZipFile.prototype.readLocalFileHeader = function(entry, options2, callback) {
      var self = this;
      if (callback == null) {
        callback = options2;
        options2 = null;
      }
      if (options2 == null) options2 = {};
      self.reader.ref();
      var buffer = newBuffer(30);
      readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader, function(err) {
        try {
          if (err) return callback(err);
          var signature = buffer.readUInt32LE(0);
          if (signature !== 67324752) {
            return callback(new Error("invalid local file header signature: 0x" + signature.toString(16)));
          }
          var fileNameLength = buffer.readUInt16LE(26);
          var extraFieldLength = buffer.readUInt16LE(28);
          var fileDataStart = entry.relativeOffsetOfLocalHeader + 30 + fileNameLength + extraFieldLength;
          if (fileDataStart + entry.compressedSize > self.fileSize) {
            return callback(new Error("file data overflows file bounds: " + fileDataStart + " + " + entry.compressedSize + " > " + self.fileSize));
          }
          if (options2.minimal) {
            return callback(null, { fileDataStart });
          }
          var localFileHeader = new LocalFileHeader();
          localFileHeader.fileDataStart = fileDataStart;
          localFileHeader.versionNeededToExtract = buffer.readUInt16LE(4);
          localFileHeader.generalPurposeBitFlag = buffer.readUInt16LE(6);
          localFileHeader.compressionMethod = buffer.readUInt16LE(8);
          localFileHeader.lastModFileTime = buffer.readUInt16LE(10);
          localFileHeader.lastModFileDate = buffer.readUInt16LE(12);
          localFileHeader.crc32 = buffer.readUInt32LE(14);
          localFileHeader.compressedSize = buffer.readUInt32LE(18);
          localFileHeader.uncompressedSize = buffer.readUInt32LE(22);
          localFileHeader.fileNameLength = fileNameLength;
          localFileHeader.extraFieldLength = extraFieldLength;
          buffer = newBuffer(fileNameLength + extraFieldLength);
          self.reader.ref();
          readAndAssertNoEof(self.reader, buffer, 0, buffer.length, entry.relativeOffsetOfLocalHeader + 30, function(err2) {
            try {
              if (err2) return callback(err2);
              localFileHeader.fileName = buffer.subarray(0, fileNameLength);
              localFileHeader.extraField = buffer.subarray(fileNameLength);
              return callback(null, localFileHeader);
            } finally {
              self.reader.unref();
            }
          });
        } finally {
          self.reader.unref();
        }
      });
    };
    function Entry() {
    }
    __name(Entry, "Entry");
    Entry.prototype.getLastModDate = function(options2) {
      if (options2 == null) options2 = {};
      if (!options2.forceDosFormat) {
        for (var i = 0; i < this.extraFields.length; i++) {
          var extraField = this.extraFields[i];
          if (extraField.id === 21589) {
            var data = extraField.data;
            if (data.length < 5) continue;
            var flags = data[0];
            var HAS_MTIME = 1;
            if (!(flags & HAS_MTIME)) continue;
            var posixTimestamp = data.readInt32LE(1);
            return new Date(posixTimestamp * 1e3);
          } else if (extraField.id === 10) {
            var data = extraField.data;
            var cursor = 4;
            while (cursor < data.length + 4) {
              var tag = data.readUInt16LE(cursor);
              cursor += 2;
              var size = data.readUInt16LE(cursor);
              cursor += 2;
              if (tag !== 1) {
                cursor += size;
                continue;
              }
              if (size < 8 || cursor + size > data.length) break;
              var hundredNanoSecondsSince1601 = 4294967296 * data.readInt32LE(cursor + 4) + data.readUInt32LE(cursor);
              var millisecondsSince1970 = hundredNanoSecondsSince1601 / 1e4 - 116444736e5;
              return new Date(millisecondsSince1970);
            }
          }
        }
      }
      return dosDateTimeToDate(this.lastModFileDate, this.lastModFileTime, options2.timezone);
    };
    Entry.prototype.isEncrypted = function() {
      return (this.generalPurposeBitFlag & 1) !== 0;
    };
    Entry.prototype.isCompressed = function() {
      return this.compressionMethod === 8;
    };
    function LocalFileHeader() {
    }
    __name(LocalFileHeader, "LocalFileHeader");
    function dosDateTimeToDate(date, time, timezone) {
      var day = date & 31;
      var month = (date >> 5 & 15) - 1;
      var year = (date >> 9 & 127) + 1980;
      var millisecond = 0;
      var second = (time & 31) * 2;
      var minute = time >> 5 & 63;
      var hour = time >> 11 & 31;
      if (timezone == null || timezone === "local") {
        return new Date(year, month, day, hour, minute, second, millisecond);
      } else if (timezone === "UTC") {
        return new Date(Date.UTC(year, month, day, hour, minute, second, millisecond));
      } else {
        throw new Error("unrecognized options.timezone: " + options.timezone);
      }
    }
    __name(dosDateTimeToDate, "dosDateTimeToDate");
    function getFileNameLowLevel(generalPurposeBitFlag, fileNameBuffer, extraFields, strictFileNames) {
      var fileName = null;
      for (var i = 0; i < extraFields.length; i++) {
        var extraField = extraFields[i];
        if (extraField.id === 28789) {
          if (extraField.data.length < 6) {
            continue;
          }
          if (extraField.data.readUInt8(0) !== 1) {
            continue;
          }
          var oldNameCrc32 = extraField.data.readUInt32LE(1);
          if (crc32.unsigned(fileNameBuffer) !== oldNameCrc32) {
            continue;
          }
          fileName = decodeBuffer(extraField.data.subarray(5), true);
          break;
        }
      }
      if (fileName == null) {
        var isUtf8 = (generalPurposeBitFlag & 2048) !== 0;
        fileName = decodeBuffer(fileNameBuffer, isUtf8);
      }
      if (!strictFileNames) {
        fileName = fileName.replace(/\\/g, "/");
      }
      return fileName;
    }
    __name(getFileNameLowLevel, "getFileNameLowLevel");
    function validateFileName(fileName) {
      if (fileName.indexOf("\\") !== -1) {
        return "invalid characters in fileName: " + fileName;
      }
      if (/^[a-zA-Z]:/.test(fileName) || /^\//.test(fileName)) {
        return "absolute path: " + fileName;
      }
      if (fileName.split("/").indexOf("..") !== -1) {
        return "invalid relative path: " + fileName;
      }
      return null;
    }
    __name(validateFileName, "validateFileName");
    function parseExtraFields(extraFieldBuffer) {
      var extraFields = [];
      var i = 0;
      while (i < extraFieldBuffer.length - 3) {
        var headerId = extraFieldBuffer.readUInt16LE(i + 0);
        var dataSize = extraFieldBuffer.readUInt16LE(i + 2);
        var dataStart = i + 4;
        var dataEnd = dataStart + dataSize;
        if (dataEnd > extraFieldBuffer.length) throw new Error("extra field length exceeds extra field buffer size");
        var dataBuffer = extraFieldBuffer.subarray(dataStart, dataEnd);
        extraFields.push({
          id: headerId,
          data: dataBuffer
        });
        i = dataEnd;
      }
      return extraFields;
    }
    __name(parseExtraFields, "parseExtraFields");
    function readAndAssertNoEof(reader, buffer, offset, length, position, callback) {
      if (length === 0) {
        return setImmediate(function() {
          callback(null, newBuffer(0));
        });
      }
      reader.read(buffer, offset, length, position, function(err, bytesRead) {
        if (err) return callback(err);
        if (bytesRead < length) {
          return callback(new Error("unexpected EOF"));
        }
        callback();
      });
    }
    __name(readAndAssertNoEof, "readAndAssertNoEof");
    util.inherits(AssertByteCountStream, Transform);
    function AssertByteCountStream(byteCount) {
      Transform.call(this);
      this.actualByteCount = 0;
      this.expectedByteCount = byteCount;
    }
    __name(AssertByteCountStream, "AssertByteCountStream");
    AssertByteCountStream.prototype._transform = function(chunk, encoding, cb) {
      this.actualByteCount += chunk.length;
      if (this.actualByteCount > this.expectedByteCount) {
        var msg = "too many bytes in the stream. expected " + this.expectedByteCount + ". got at least " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb(null, chunk);
    };
    AssertByteCountStream.prototype._flush = function(cb) {
      if (this.actualByteCount < this.expectedByteCount) {
        var msg = "not enough bytes in the stream. expected " + this.expectedByteCount + ". got only " + this.actualByteCount;
        return cb(new Error(msg));
      }
      cb();
    };
    util.inherits(RandomAccessReader, EventEmitter);
    function RandomAccessReader() {
      EventEmitter.call(this);
      this.refCount = 0;
    }
    __name(RandomAccessReader, "RandomAccessReader");
    RandomAccessReader.prototype.ref = function() {
      this.refCount += 1;
    };
    RandomAccessReader.prototype.unref = function() {
      var self = this;
      self.refCount -= 1;
      if (self.refCount > 0) return;
      if (self.refCount < 0) throw new Error("invalid unref");
      self.close(onCloseDone);
      function onCloseDone(err) {
        if (err) return self.emit("error", err);
        self.emit("close");
      }
      __name(onCloseDone, "onCloseDone");
    };
    RandomAccessReader.prototype.createReadStream = function(options2) {
      if (options2 == null) options2 = {};
      var start = options2.start;
      var end = options2.end;
      if (start === end) {
        var emptyStream = new PassThrough();
        setImmediate(function() {
          emptyStream.end();
        });
        return emptyStream;
      }
      var stream = this._readStreamForRange(start, end);
      var destroyed = false;
      var refUnrefFilter = new RefUnrefFilter(this);
      stream.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) refUnrefFilter.emit("error", err);
        });
      });
      installDestroyFn(refUnrefFilter, function() {
        stream.unpipe(refUnrefFilter);
        refUnrefFilter.unref();
        stream.destroy();
      });
      var byteCounter = new AssertByteCountStream(end - start);
      refUnrefFilter.on("error", function(err) {
        setImmediate(function() {
          if (!destroyed) byteCounter.emit("error", err);
        });
      });
      installDestroyFn(byteCounter, function() {
        destroyed = true;
        refUnrefFilter.unpipe(byteCounter);
        refUnrefFilter.destroy();
      });
      return stream.pipe(refUnrefFilter).pipe(byteCounter);
    };
    RandomAccessReader.prototype._readStreamForRange = function(start, end) {
      throw new Error("not implemented");
    };
    RandomAccessReader.prototype.read = function(buffer, offset, length, position, callback) {
      var readStream = this.createReadStream({ start: position, end: position + length });
      var writeStream = new Writable();
      var written = 0;
      writeStream._write = function(chunk, encoding, cb) {
        chunk.copy(buffer, offset + written, 0, chunk.length);
        written += chunk.length;
        cb();
      };
      writeStream.on("finish", callback);
      readStream.on("error", function(error) {
        callback(error);
      });
      readStream.pipe(writeStream);
    };
    RandomAccessReader.prototype.close = function(callback) {
      setImmediate(callback);
    };
    util.inherits(RefUnrefFilter, PassThrough);
    function RefUnrefFilter(context) {
      PassThrough.call(this);
      this.context = context;
      this.context.ref();
      this.unreffedYet = false;
    }
    __name(RefUnrefFilter, "RefUnrefFilter");
    RefUnrefFilter.prototype._flush = function(cb) {
      this.unref();
      cb();
    };
    RefUnrefFilter.prototype.unref = function(cb) {
      if (this.unreffedYet) return;
      this.unreffedYet = true;
      this.context.unref();
    };
    var cp437 = "\0\u263A\u263B\u2665\u2666\u2663\u2660\u2022\u25D8\u25CB\u25D9\u2642\u2640\u266A\u266B\u263C\u25BA\u25C4\u2195\u203C\xB6\xA7\u25AC\u21A8\u2191\u2193\u2192\u2190\u221F\u2194\u25B2\u25BC !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u2302\xC7\xFC\xE9\xE2\xE4\xE0\xE5\xE7\xEA\xEB\xE8\xEF\xEE\xEC\xC4\xC5\xC9\xE6\xC6\xF4\xF6\xF2\xFB\xF9\xFF\xD6\xDC\xA2\xA3\xA5\u20A7\u0192\xE1\xED\xF3\xFA\xF1\xD1\xAA\xBA\xBF\u2310\xAC\xBD\xBC\xA1\xAB\xBB\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255D\u255C\u255B\u2510\u2514\u2534\u252C\u251C\u2500\u253C\u255E\u255F\u255A\u2554\u2569\u2566\u2560\u2550\u256C\u2567\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256B\u256A\u2518\u250C\u2588\u2584\u258C\u2590\u2580\u03B1\xDF\u0393\u03C0\u03A3\u03C3\xB5\u03C4\u03A6\u0398\u03A9\u03B4\u221E\u03C6\u03B5\u2229\u2261\xB1\u2265\u2264\u2320\u2321\xF7\u2248\xB0\u2219\xB7\u221A\u207F\xB2\u25A0\xA0";
    function decodeBuffer(buffer, isUtf8) {
      if (isUtf8) {
        return buffer.toString("utf8");
      } else {
        var result = "";
        for (var i = 0; i < buffer.length; i++) {
          result += cp437[buffer[i]];
        }
        return result;
      }
    }
    __name(decodeBuffer, "decodeBuffer");
    function readUInt64LE(buffer, offset) {
      var lower32 = buffer.readUInt32LE(offset);
      var upper32 = buffer.readUInt32LE(offset + 4);
      return upper32 * 4294967296 + lower32;
    }
    __name(readUInt64LE, "readUInt64LE");
    var newBuffer;
    if (typeof Buffer.allocUnsafe === "function") {
      newBuffer = /* @__PURE__ */ __name(function(len) {
        return Buffer.allocUnsafe(len);
      }, "newBuffer");
    } else {
      newBuffer = /* @__PURE__ */ __name(function(len) {
        return new Buffer(len);
      }, "newBuffer");
    }
    function installDestroyFn(stream, fn) {
      if (typeof stream.destroy === "function") {
        stream._destroy = function(err, cb) {
          fn();
          if (cb != null) cb(err);
        };
      } else {
        stream.destroy = fn;
      }
    }
    __name(installDestroyFn, "installDestroyFn");
    function defaultCallback(err) {
      if (err) throw err;
    }
    __name(defaultCallback, "defaultCallback");
  }
});

// src/cache/keys.ts
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import * as path from "node:path";
var MODULE_KEY_PREFIX = "setup-gomod-mod";
var BUILD_KEY_PREFIX = "setup-gomod-build";
function checksumFiles(setFiles) {
  return setFiles.map(
    (f) => path.join(path.dirname(f), path.basename(f) === "go.work" ? "go.work.sum" : "go.sum")
  );
}
__name(checksumFiles, "checksumFiles");
function dependencyHash(files, root) {
  const entries = files.map((f) => ({ rel: path.relative(root, f).split(path.sep).join("/"), file: f })).sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0);
  const hash = createHash("sha256");
  for (const e of entries) {
    hash.update(`${e.rel}\0`);
    hash.update(readOrAbsent(e.file));
    hash.update("\0");
  }
  return hash.digest("hex").slice(0, 32);
}
__name(dependencyHash, "dependencyHash");
function readOrAbsent(file) {
  try {
    return readFileSync(file, "utf8").replace(/\r\n/g, "\n");
  } catch {
    return "<absent>";
  }
}
__name(readOrAbsent, "readOrAbsent");
function moduleKeys(c) {
  const restorePrefix = `${MODULE_KEY_PREFIX}-${c.os}${c.suffix ? `-${c.suffix}` : ""}-`;
  return { primary: restorePrefix + c.dependencyHash, restorePrefix };
}
__name(moduleKeys, "moduleKeys");
function buildKeys(c) {
  const base = `${BUILD_KEY_PREFIX}-${c.os}-${c.goos}-${c.goarch}-${c.goVersion}${c.suffix ? `-${c.suffix}` : ""}-`;
  return {
    primary: `${base}${c.dependencyHash}-${c.runId}`,
    restoreKeys: [`${base}${c.dependencyHash}-`, base]
  };
}
__name(buildKeys, "buildKeys");
function isSameKey(requested, returned) {
  return requested.localeCompare(returned, void 0, { sensitivity: "accent" }) === 0;
}
__name(isSameKey, "isSameKey");

// src/cache/restore-cache.ts
import * as os2 from "node:os";
import * as path5 from "node:path";

// src/cache/build-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { promises as fs2 } from "node:fs";
import * as path4 from "node:path";

// src/cache/module-files.ts
import { createHash as createHash2 } from "node:crypto";
import { promises as fs } from "node:fs";
import * as path2 from "node:path";
var VERSION_FILE = /^(.+)\.(zip|ziphash|mod|info|lock|partial)$/;
async function listDownloadDir(downloadDir) {
  const out = [];
  const walk = /* @__PURE__ */ __name(async (rel) => {
    let entries;
    try {
      entries = await fs.readdir(path2.join(downloadDir, rel), { withFileTypes: true });
    } catch {
      return;
    }
    await Promise.all(
      entries.map(async (e) => {
        const r = rel ? `${rel}/${e.name}` : e.name;
        if (e.isDirectory()) return r === "sumdb" ? void 0 : walk(r);
        if (!rel.endsWith("/@v")) return;
        const module = unescapeModulePath(rel.slice(0, -"/@v".length));
        const size = (await fs.stat(path2.join(downloadDir, r))).size;
        const m = VERSION_FILE.exec(e.name);
        out.push(
          m ? { rel: r, module, version: unescapeModulePath(m[1]), ext: m[2], size } : { rel: r, module, size }
        );
      })
    );
  }, "walk");
  await walk("");
  return out.sort((a, b) => a.rel < b.rel ? -1 : 1);
}
__name(listDownloadDir, "listDownloadDir");
function fingerprint(entries) {
  const kept = entries.filter((e) => e.ext !== "lock" && e.ext !== "partial" && e.version !== void 0);
  const hash = createHash2("sha256");
  for (const e of kept) hash.update(`${e.rel}\0${e.size}
`);
  return {
    files: kept.length,
    bytes: kept.reduce((n, e) => n + e.size, 0),
    digest: hash.digest("hex").slice(0, 32)
  };
}
__name(fingerprint, "fingerprint");
function neededVersions(goSumTexts) {
  const zips = /* @__PURE__ */ new Set();
  const goMods = /* @__PURE__ */ new Set();
  for (const text of goSumTexts) {
    for (const line of text.split(/\r?\n/)) {
      const [module, version] = line.trim().split(/\s+/);
      if (!module || !version) continue;
      if (version.endsWith("/go.mod")) goMods.add(`${module}@${version.slice(0, -"/go.mod".length)}`);
      else zips.add(`${module}@${version}`);
    }
  }
  return { zips, goMods };
}
__name(neededVersions, "neededVersions");
function zipSums(goSumTexts) {
  const sums = /* @__PURE__ */ new Map();
  for (const text of goSumTexts) {
    for (const line of text.split(/\r?\n/)) {
      const [module, version, hash] = line.trim().split(/\s+/);
      if (module && version && hash && !version.endsWith("/go.mod")) sums.set(`${module}@${version}`, hash);
    }
  }
  return sums;
}
__name(zipSums, "zipSums");
async function pruneDownloadDir(downloadDir, entries, needed) {
  const keepsAnything = /* @__PURE__ */ new Set();
  const removed = [];
  for (const e of entries) {
    if (e.version === void 0) continue;
    const id = `${e.module}@${e.version}`;
    const keep = needed.zips.has(id) || needed.goMods.has(id) && (e.ext === "mod" || e.ext === "info");
    if (keep) keepsAnything.add(e.module);
    else removed.push(e);
  }
  removed.push(...entries.filter((e) => e.version === void 0 && !keepsAnything.has(e.module)));
  for (const e of removed) await fs.rm(path2.join(downloadDir, e.rel), { force: true });
  await removeEmptyDirs(downloadDir, true);
  const gomodcache = path2.dirname(path2.dirname(downloadDir));
  for (const e of removed.filter((r) => r.ext === "zip")) {
    const at = e.rel.lastIndexOf("/@v/");
    await removeExtracted(gomodcache, `${e.rel.slice(0, at)}@${e.rel.slice(at + 4, -".zip".length)}`);
  }
  return removed;
}
__name(pruneDownloadDir, "pruneDownloadDir");
async function removeExtracted(gomodcache, rel) {
  const dir = path2.join(gomodcache, rel);
  const makeWritable = /* @__PURE__ */ __name(async (p) => {
    await fs.chmod(p, 493).catch(() => void 0);
    const entries = await fs.readdir(p, { withFileTypes: true }).catch(() => []);
    for (const e of entries) if (e.isDirectory()) await makeWritable(path2.join(p, e.name));
  }, "makeWritable");
  await makeWritable(dir);
  await fs.rm(dir, { recursive: true, force: true });
  for (let parent = path2.dirname(dir); parent.startsWith(gomodcache + path2.sep); parent = path2.dirname(parent)) {
    await fs.chmod(parent, 493).catch(() => void 0);
    if ((await fs.readdir(parent).catch(() => ["?"])).length > 0) break;
    await fs.rmdir(parent).catch(() => void 0);
  }
}
__name(removeExtracted, "removeExtracted");
async function removeEmptyDirs(dir, isRoot = false) {
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  let left = entries.length;
  for (const e of entries) {
    if (e.isDirectory() && e.name !== "sumdb" && await removeEmptyDirs(path2.join(dir, e.name))) left--;
  }
  if (left > 0 || isRoot) return false;
  await fs.rmdir(dir).catch(() => void 0);
  return true;
}
__name(removeEmptyDirs, "removeEmptyDirs");
async function isPopulated(dir) {
  try {
    return (await fs.readdir(dir)).length > 0;
  } catch {
    return false;
  }
}
__name(isPopulated, "isPopulated");

// src/cache/service.ts
import { spawn as spawn2 } from "node:child_process";
import * as os from "node:os";
import * as path3 from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

// src/exec/run-tool.ts
import { spawn } from "node:child_process";
function runTool(command, args, options2 = {}) {
  const started = performance.now();
  debug(`run: ${[command, ...args].join(" ")}${options2.cwd ? ` (in ${options2.cwd})` : ""}`);
  return new Promise((resolve2, reject) => {
    const child = spawn(command, args, {
      cwd: options2.cwd,
      env: options2.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: process.platform !== "win32"
    });
    const stdout = [];
    const stderr = [];
    let timedOut = false;
    let stalled = false;
    const watch = watchStall(options2, () => {
      stalled = true;
      stopTree(child.pid);
    });
    const timer = options2.timeoutMs === void 0 ? void 0 : setTimeout(() => {
      timedOut = true;
      stopTree(child.pid);
    }, options2.timeoutMs);
    child.stdout.on("data", (b) => {
      stdout.push(b);
      watch.active();
    });
    child.stderr.on("data", (b) => {
      stderr.push(b);
      watch.active();
    });
    child.on("error", (e) => {
      clearTimeout(timer);
      watch.stop();
      reject(e);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      watch.stop();
      resolve2({
        exitCode: code ?? 1,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
        timedOut,
        stalled,
        durationMs: performance.now() - started
      });
    });
  });
}
__name(runTool, "runTool");
function watchStall(options2, onStall) {
  const limit = options2.stallTimeoutMs;
  if (limit === void 0) return { active: /* @__PURE__ */ __name(() => void 0, "active"), stop: /* @__PURE__ */ __name(() => void 0, "stop") };
  let lastActive = performance.now();
  let baseline;
  let stopped = false;
  let timer;
  const schedule = /* @__PURE__ */ __name(() => {
    if (!stopped) timer = setTimeout(() => void check(), Math.max(10, Math.min(limit / 4, 1e3)));
  }, "schedule");
  const check = /* @__PURE__ */ __name(async () => {
    const silent = performance.now() - lastActive;
    if (options2.progress && silent >= limit / 2) {
      const silenceStarted = lastActive;
      const fingerprint2 = await options2.progress().catch(() => "");
      if (stopped) return;
      if (lastActive !== silenceStarted) baseline = void 0;
      else if (baseline === void 0) baseline = fingerprint2;
      else if (baseline !== fingerprint2) {
        lastActive = performance.now();
        baseline = void 0;
      } else if (performance.now() - lastActive >= limit) return onStall();
    } else if (!options2.progress && silent >= limit) return onStall();
    schedule();
  }, "check");
  schedule();
  return {
    active: /* @__PURE__ */ __name(() => {
      lastActive = performance.now();
      baseline = void 0;
    }, "active"),
    stop: /* @__PURE__ */ __name(() => {
      stopped = true;
      clearTimeout(timer);
    }, "stop")
  };
}
__name(watchStall, "watchStall");
function stopTree(pid) {
  if (pid === void 0) return;
  try {
    process.kill(process.platform === "win32" ? pid : -pid, "SIGKILL");
  } catch {
  }
}
__name(stopTree, "stopTree");

// src/cache/service.ts
var ANSWER_DEADLINE_MS = 5e3;
var RETRY_NOTICE = /^Attempt (\d+) of \d+ failed with error: (.*?)\.? Retrying request in \d+ ms/;
var WAITS = {
  restore: { end: /^Cache hit for|^::debug::Cache not found/ },
  lookup: { end: /^Cache hit for|^::debug::Cache not found/ },
  save: { start: /^::debug::Reserving Cache/, end: /^::debug::(Attempting to upload|Failed to reserve)/ }
};
function isKeyConflict(call) {
  return /\(409\)|already exists/i.test(call.reserveError ?? "");
}
__name(isKeyConflict, "isKeyConflict");
function serviceConfigured() {
  return Boolean(process.env.ACTIONS_CACHE_URL || process.env.ACTIONS_RESULTS_URL);
}
__name(serviceConfigured, "serviceConfigured");
function restoreEntry(paths, primaryKey, restoreKeys, lookupOnly = false) {
  return inWorker({
    op: lookupOnly ? "lookup" : "restore",
    paths,
    key: primaryKey,
    restoreKeys
  });
}
__name(restoreEntry, "restoreEntry");
async function saveEntry(paths, key) {
  const call = await inWorker({ op: "save", paths, key });
  return { ...call, value: call.value ?? -1 };
}
__name(saveEntry, "saveEntry");
function workerScript() {
  const here = path3.dirname(fileURLToPath(import.meta.url));
  return path3.join(path3.basename(here) === "chunks" ? path3.dirname(here) : here, "cache-worker.js");
}
__name(workerScript, "workerScript");
async function inWorker(request) {
  const started = performance.now();
  const problems = [];
  let archiveBytes;
  let reserveError;
  let result;
  let stopped;
  const wait = WAITS[request.op];
  let waitingSince = wait.start ? void 0 : performance.now();
  let failedCalls = 0;
  const child = spawn2(process.execPath, [workerScript(), JSON.stringify(request)], {
    stdio: ["ignore", "pipe", "pipe"],
    detached: process.platform !== "win32"
    // its own process group: stopping it stops a tar it started too
  });
  const stop = /* @__PURE__ */ __name((why) => {
    if (stopped !== void 0) return;
    stopped = why;
    stopTree(child.pid);
  }, "stop");
  const watch = setInterval(() => {
    if (waitingSince !== void 0 && performance.now() - waitingSince > ANSWER_DEADLINE_MS)
      stop(`the cache service did not answer within ${ANSWER_DEADLINE_MS / 1e3} s`);
  }, 100);
  const onLine = /* @__PURE__ */ __name((line) => {
    if (line.startsWith(RESULT_MARK))
      return void (result = JSON.parse(line.slice(RESULT_MARK.length)));
    if (wait.start?.test(line)) waitingSince = performance.now();
    if (wait.end.test(line)) waitingSince = void 0;
    const retry = RETRY_NOTICE.exec(line);
    if (retry) {
      failedCalls++;
      if (failedCalls >= 2 && (waitingSince !== void 0 || request.op === "save"))
        stop(`the cache service failed ${failedCalls} times (${retry[2]})`);
      return debug(line);
    }
    const size = /^Cache Size: ~\d+ MB \((\d+) B\)|^::debug::File Size: (\d+)/.exec(line);
    if (size) archiveBytes = Number(size[1] ?? size[2]);
    const reserve = /^::debug::Failed to reserve cache: (.*)/.exec(line);
    if (reserve) reserveError = unescapeCommand(reserve[1]);
    const problem = /^::(?:warning|error)(?: [^:]*)?::(.*)$/.exec(line);
    if (problem) return void problems.push(unescapeCommand(problem[1]));
    if (line !== "") process.stdout.write(line + os.EOL);
  }, "onLine");
  createInterface({ input: child.stdout }).on("line", onLine);
  child.stderr.on("data", (chunk) => process.stderr.write(chunk));
  const exit = await new Promise((resolve2) => {
    child.on("error", (e) => {
      problems.push(`the cache worker did not start: ${errorMessage(e)}`);
      resolve2(null);
    });
    child.on("close", (code) => resolve2(code));
  });
  clearInterval(watch);
  const failure = stopped ?? result?.error ?? (problems.join("; ") || (result === void 0 ? `the cache worker exited with code ${exit}` : void 0));
  return {
    value: result?.value,
    failure,
    unavailable: result?.unavailable,
    refused: result?.refused,
    archiveBytes,
    reserveError,
    ms: performance.now() - started
  };
}
__name(inWorker, "inWorker");
function unescapeCommand(s) {
  return s.replace(/%0D/g, "\r").replace(/%0A/g, "\n").replace(/%25/g, "%");
}
__name(unescapeCommand, "unescapeCommand");

// src/cache/build-cache.ts
async function restoreBuildCache(env, context) {
  const gocache = env.go.env.GOCACHE;
  const keys = buildKeys({
    ...context,
    goVersion: env.go.env.GOVERSION,
    goos: env.go.env.GOOS,
    goarch: env.go.env.GOARCH,
    runId: `${process.env.GITHUB_RUN_ID || Date.now()}-${process.env.GITHUB_RUN_ATTEMPT || 1}`
  });
  let restore;
  if (await isPopulated(gocache)) {
    info(`Build cache: ${gocache} already has entries; not restored over them, nor saved.`);
    restore = { kind: "skipped", primaryKey: keys.primary, matchedKey: "" };
  } else {
    const call = await restoreEntry([gocache], keys.primary, [...keys.restoreKeys]);
    if (call.failure) warning(`Build cache not restored: ${call.failure}`, { title: "Build cache" });
    const matchedKey = call.value ?? "";
    restore = {
      kind: call.failure ? "unavailable" : matchedKey ? "partial" : "miss",
      primaryKey: keys.primary,
      matchedKey,
      archiveBytes: call.archiveBytes,
      restoreMs: Math.round(call.ms)
    };
    info(`Build cache: ${restore.kind}${matchedKey ? ` from ${matchedKey}` : ""} (key ${keys.primary}).`);
  }
  const restored = restore.kind === "partial" ? await buildCacheFingerprint(gocache) : fingerprint([]);
  return { restore, state: { ...restore, paths: [gocache], restored } };
}
__name(restoreBuildCache, "restoreBuildCache");
async function saveBuildCache(build) {
  if (build.kind === "skipped" || build.kind === "unavailable")
    return `Build cache: not saved (restore was ${build.kind}).`;
  const now = await buildCacheFingerprint(build.paths[0]);
  if (now.files === 0) return "Build cache: not saved (empty).";
  if (now.digest === build.restored.digest) return "Build cache: not saved (unchanged since the restore).";
  const call = await saveEntry(build.paths, build.primaryKey);
  if (call.value === -1 || call.failure)
    return `Build cache: not saved (${call.reserveError ?? call.failure ?? "the service refused the key"}).`;
  return `Build cache: saved ${build.primaryKey} (${now.files} entries, ${Math.round(call.ms)} ms).`;
}
__name(saveBuildCache, "saveBuildCache");
async function buildCacheFingerprint(gocache) {
  const hash = createHash3("sha256");
  let files = 0;
  let dirs = [];
  try {
    dirs = (await fs2.readdir(gocache)).filter((d) => /^[0-9a-f]{2}$/.test(d)).sort();
  } catch {
  }
  for (const d of dirs) {
    const names = (await fs2.readdir(path4.join(gocache, d))).sort();
    files += names.length;
    hash.update(`${d}/${names.join("\n")}
`);
  }
  return { files, bytes: 0, digest: hash.digest("hex").slice(0, 32) };
}
__name(buildCacheFingerprint, "buildCacheFingerprint");

// src/state/state.ts
function stateItem(name) {
  return {
    save: /* @__PURE__ */ __name((value) => saveState(name, JSON.stringify(value)), "save"),
    load: /* @__PURE__ */ __name(() => {
      const raw = getState(name);
      if (raw === "") return void 0;
      try {
        return JSON.parse(raw);
      } catch {
        warning(`Ignoring unreadable state '${name}' handed over from the main step.`);
        return void 0;
      }
    }, "load")
  };
}
__name(stateItem, "stateItem");

// src/cache/cache-state.ts
var cacheState = stateItem("cache");

// src/cache/restore-cache.ts
async function restoreModuleCache(inputs, env) {
  const sums = checksumFiles(env.downloadSet.files);
  const hash = dependencyHash(sums, inputs.workingDirectory);
  const context = { os: runnerOs(), suffix: inputs.cacheKeySuffix, dependencyHash: hash };
  const keys = moduleKeys(context);
  const downloadDir = path5.join(env.go.env.GOMODCACHE, "cache", "download");
  const result = await restoreModules(inputs, env.go.env.GOMODCACHE, downloadDir, keys);
  setOutput("cache-hit", String(result.kind === "exact"));
  setOutput("cache-restore-kind", result.kind);
  setOutput("cache-primary-key", keys.primary);
  setOutput("cache-matched-key", result.matchedKey);
  if (result.kind === "disabled") return result;
  const restored = fingerprint(result.kind === "partial" ? await listDownloadDir(downloadDir) : []);
  const build = inputs.cacheBuild && result.kind !== "unavailable" ? await restoreBuildCache(env, context) : void 0;
  cacheState.save({
    save: inputs.cacheSave,
    module: { ...result, paths: [downloadDir], restored },
    checksumFiles: sums,
    dependencyHash: hash,
    hashRoot: inputs.workingDirectory,
    build: build?.state
  });
  return { ...result, build: build?.restore };
}
__name(restoreModuleCache, "restoreModuleCache");
async function restoreModules(inputs, gomodcache, downloadDir, keys) {
  const none = { primaryKey: keys.primary, matchedKey: "" };
  if (!inputs.cache) {
    info("Module cache off (cache: false).");
    return { kind: "disabled", ...none };
  }
  info(`Primary key: ${keys.primary}`);
  if (!serviceConfigured()) {
    info("The cache service is not available to this job (no ACTIONS_RESULTS_URL): no module cache.");
    return { kind: "unavailable", ...none };
  }
  if (await isPopulated(gomodcache)) {
    notice(
      `GOMODCACHE ${gomodcache} already holds modules (a self-hosted runner, or another cache step), so the module cache is not restored over it, nor saved from it.`,
      { title: "Module cache" }
    );
    return { kind: "skipped", ...none };
  }
  const restoreKeys = inputs.cacheRestoreKeys ? [keys.restorePrefix] : [];
  const call = await restoreEntry([downloadDir], keys.primary, restoreKeys);
  const timing = { archiveBytes: call.archiveBytes, restoreMs: Math.round(call.ms) };
  if (call.unavailable) {
    info("The cache service is not available to this job: no module cache.");
    return { kind: "unavailable", ...none };
  }
  if (call.failure) {
    warning(
      `The cache service failed (${call.failure}). Continuing without the module cache: the download fetches every module, and nothing is saved.`,
      { title: "Module cache unavailable" }
    );
    return { kind: "unavailable", ...none, ...timing };
  }
  if (call.refused) {
    warning(`Module cache entry ${call.value} refused: ${call.refused}. Downloading without it.`, {
      title: "Module cache entry refused"
    });
    return { kind: "miss", ...none, ...timing };
  }
  const matchedKey = call.value ?? "";
  const kind = matchedKey === "" ? "miss" : isSameKey(keys.primary, matchedKey) ? "exact" : "partial";
  info(
    kind === "miss" ? `No module cache for ${keys.primary}${restoreKeys.length ? ` or ${keys.restorePrefix}*` : ""}.` : `Restored ${kind === "exact" ? "exactly" : `partially from ${matchedKey}`} (${mib(call.archiveBytes)}, ${timing.restoreMs} ms).`
  );
  return { kind, primaryKey: keys.primary, matchedKey, ...timing };
}
__name(restoreModules, "restoreModules");
var OS_NAMES = { linux: "Linux", darwin: "macOS", win32: "Windows" };
function runnerOs() {
  return process.env.RUNNER_OS || OS_NAMES[os2.platform()] || os2.platform();
}
__name(runnerOs, "runnerOs");
function mib(bytes) {
  return bytes === void 0 ? "size unknown" : `${(bytes / 2 ** 20).toFixed(1)} MiB`;
}
__name(mib, "mib");

// src/credentials/remove-credentials.ts
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import * as path6 from "node:path";

// src/credentials/credential-state.ts
var credentialState = stateItem("credentials");

// src/credentials/remove-credentials.ts
async function removeCredentials() {
  const state = credentialState.load();
  if (state === void 0) return "Nothing to clean up: no credentials were configured.";
  return removeCredentialDir(state.dir);
}
__name(removeCredentials, "removeCredentials");
async function removeCredentialDir(dir) {
  const temp = process.env.RUNNER_TEMP;
  if (!temp || path6.dirname(path6.resolve(dir)) !== path6.resolve(temp) || !path6.basename(dir).startsWith(PREFIX)) {
    warning(`Not removing ${dir}: it is not a setup-gomod credentials directory in RUNNER_TEMP.`);
    return "Credentials: nothing removed.";
  }
  try {
    await rm(dir, { recursive: true, force: true });
  } catch (e) {
    warning(`Could not remove the credentials directory ${dir}: ${errorMessage(e)}`, {
      title: "setup-gomod post step"
    });
    return "Credentials: removal failed (see the warning).";
  }
  if (existsSync(dir)) {
    warning(`The credentials directory ${dir} still exists after removal.`, {
      title: "setup-gomod post step"
    });
    return "Credentials: removal failed (see the warning).";
  }
  return `Removed the credentials this action added (${dir}); ~/.gitconfig and ~/.netrc were not touched.`;
}
__name(removeCredentialDir, "removeCredentialDir");
var PREFIX = "setup-gomod-credentials-";

// src/download/download-state.ts
var downloadState = stateItem("download");

// src/download/zip-hash.ts
var import_yauzl = __toESM(require_yauzl(), 1);
import { createHash as createHash4 } from "node:crypto";
async function zipHash(file) {
  const zip = await openZip(file);
  const lines = [];
  try {
    await new Promise((resolve2, reject) => {
      zip.on("error", reject);
      zip.on("end", resolve2);
      zip.on("entry", (entry) => {
        if (entry.fileName.includes("\n")) return reject(new Error("a file name with a newline"));
        zip.openReadStream(entry, (err, stream) => {
          if (err) return reject(err);
          sha256(stream).then((sum) => {
            lines.push(`${sum}  ${entry.fileName}
`);
            zip.readEntry();
          }, reject);
        });
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
  const summary = createHash4("sha256");
  const byName = /* @__PURE__ */ __name((l) => l.slice(66), "byName");
  for (const line of lines.sort((a, b) => byName(a) < byName(b) ? -1 : 1)) summary.update(line);
  return `h1:${summary.digest("base64")}`;
}
__name(zipHash, "zipHash");
function openZip(file) {
  return new Promise(
    (resolve2, reject) => import_yauzl.default.open(
      file,
      { lazyEntries: true, autoClose: false, decodeStrings: true },
      (err, zip) => err ? reject(err) : resolve2(zip)
    )
  );
}
__name(openZip, "openZip");
function sha256(stream) {
  const hash = createHash4("sha256");
  return new Promise((resolve2, reject) => {
    stream.on("data", (c) => hash.update(c));
    stream.on("error", reject);
    stream.on("end", () => resolve2(hash.digest("hex")));
  });
}
__name(sha256, "sha256");

export {
  checksumFiles,
  dependencyHash,
  isSameKey,
  listDownloadDir,
  fingerprint,
  neededVersions,
  zipSums,
  pruneDownloadDir,
  runTool,
  isKeyConflict,
  restoreEntry,
  saveEntry,
  saveBuildCache,
  cacheState,
  restoreModuleCache,
  mib,
  credentialState,
  removeCredentials,
  removeCredentialDir,
  PREFIX,
  zipHash,
  downloadState
};
