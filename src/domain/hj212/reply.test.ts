import { describe, expect, it } from 'vitest';
import { hj212Crc } from './crc.js';
import { decodeFrame } from './frame.js';
import { needsReply, parsePacket } from './packet.js';
import {
  buildDataReply,
  buildExecutionResult,
  buildRequestReply,
  dataReplySegment,
  ExeRtn,
  executionResultSegment,
  QnRtn,
  requestReplySegment,
} from './reply.js';

const request = { qn: '20160801085857223', pw: '123456', mn: '010000A8900016F000169DC0' };

describe('HJ 212-2017 replies', () => {
  it('has the 表7 QnRtn codes', () => {
    expect(QnRtn).toMatchObject({ ready: 1, rejected: 2, passwordError: 3, mnError: 4, crcError: 9, unknownError: 100 });
    expect(ExeRtn).toMatchObject({ ok: 1, failed: 2, noData: 100 });
  });

  it('builds the C.14 9014 data reply with the request QN in the header and an empty CP', () => {
    expect(dataReplySegment(request)).toBe('QN=20160801085857223;ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&&&');
  });

  it('builds the 9011 request reply with QnRtn', () => {
    expect(requestReplySegment(request, QnRtn.crcError)).toBe(
      'QN=20160801085857223;ST=91;CN=9011;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&QnRtn=9&&',
    );
    expect(requestReplySegment(request, QnRtn.passwordError)).toMatch(/CP=&&QnRtn=3&&$/);
    expect(requestReplySegment(request, QnRtn.mnError)).toMatch(/CP=&&QnRtn=4&&$/);
  });

  it('builds the 9012 execution result', () => {
    expect(executionResultSegment(request, ExeRtn.ok)).toBe(
      'QN=20160801085857223;ST=91;CN=9012;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&ExeRtn=1&&',
    );
  });

  it('can put QN inside CP for HJ/T 212-2005 devices', () => {
    expect(dataReplySegment(request, { qnPlacement: 'cp' })).toBe(
      'ST=91;CN=9014;PW=123456;MN=010000A8900016F000169DC0;Flag=4;CP=&&QN=20160801085857223&&',
    );
    expect(requestReplySegment(request, QnRtn.ready, { qnPlacement: 'cp', flag: 0 })).toBe(
      'ST=91;CN=9011;PW=123456;MN=010000A8900016F000169DC0;Flag=0;CP=&&QN=20160801085857223;QnRtn=1&&',
    );
  });

  it('omits fields the request did not carry', () => {
    expect(dataReplySegment({ mn: '41050022000017' })).toBe('ST=91;CN=9014;MN=41050022000017;Flag=4;CP=&&&&');
  });

  it('answers a parsed upload: the reply frame decodes, parses, and asks for no reply', () => {
    const upload = parsePacket(
      'QN=20231008123340461;ST=22;CN=2011;PW=123456;MN=010000A8900016F000169DC0;Flag=5;CP=&&DataTime=20231008123340;w01008-Rtd=1&&',
    );
    if (!upload.ok) throw new Error(upload.reason);
    expect(needsReply(upload.packet.flag)).toBe(true);
    for (const frame of [
      buildDataReply(upload.packet),
      buildRequestReply(upload.packet, QnRtn.ready),
      buildExecutionResult(upload.packet, ExeRtn.ok),
    ]) {
      const decoded = decodeFrame(frame);
      if (!decoded.ok) throw new Error(decoded.detail);
      const reply = parsePacket(decoded.dataSegment);
      if (!reply.ok) throw new Error(reply.reason);
      expect(reply.packet).toMatchObject({ qn: '20231008123340461', st: '91', mn: '010000A8900016F000169DC0', flag: 4 });
      expect(needsReply(reply.packet.flag)).toBe(false);
      expect(reply.packet.problems).toEqual([]);
    }
  });

  it('frames the data reply exactly', () => {
    const segment = dataReplySegment(request);
    expect(segment.length).toBe(87);
    expect(buildDataReply(request).toString()).toBe(`##0087${segment}${hj212Crc(segment)}\r\n`);
  });
});
