import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Input,
  Layout,
  List,
  Result,
  Segmented,
  Space,
  Spin,
  Steps,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleFilled, CloseCircleFilled, DownloadOutlined, SafetyCertificateOutlined, SearchOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { ApiError, call, client } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { kindLabels, resultColors, resultLabels, type QualityKind, type QualityResult } from '../quality/labels.js';
import { openCheckpoint, parseVerifierKey, toBase64, toHex, verifyEntryInclusion, VerifyError, type Verification } from './tlog.js';
import type { ResponseOf } from '../../api/types.js';
import { chinaTime } from '../../components/chinaTime.js';

const messages = {
  'zh-CN': {
    brand: '绿色建造试点管理平台 · 工程质量追溯查验',
    title: '质量记录查验',
    intro:
      '输入或扫描质量记录的编号/二维码。本页面在您的浏览器中用公开的日志公钥核对签名检查点，并用包含证明验证该记录确实写入了不可篡改的追溯日志——无需信任服务器。',
    placeholder: '记录编号（UUID）或查验链接',
    verify: '查验',
    badId: '请输入有效的记录编号或查验链接',
    notFound: '未找到该记录',
    verifying: '正在浏览器中验证…',
    ok: '验证通过：该记录已写入质量追溯日志且未被篡改',
    okSub: '第 {index} 号条目包含于大小为 {size} 的日志树中，检查点由公钥 {fp} 签名。',
    failed: '验证失败',
    failkey: '日志公钥无效',
    failcheckpoint: '检查点签名无效：服务器提供的检查点不是由公布的日志公钥签名的',
    failentry: '日志条目与所查记录不符',
    failproof: '包含证明无法推导出已签名的根哈希：该记录可能被篡改',
    failmatch: '日志条目属于另一条记录',
    stepKey: '日志公钥',
    stepCheckpoint: '检查点签名',
    stepEntry: '条目哈希',
    stepProof: '包含证明',
    stepMatch: '条目与记录一致',
    record: '记录内容（取自已验证的日志条目）',
    project: '项目',
    kind: '类型',
    date: '日期',
    result: '结论',
    subject: '内容',
    location: '部位',
    batchNo: '批号/编号',
    quantity: '数量',
    supplier: '供应/生产/检测单位',
    component: '构件编号',
    spec: '构件库规格',
    organisation: '记录单位',
    recordedAt: '上链时间',
    attachments: '附件 SHA-256',
    privateDigest: '非公开信息摘要',
    index: '日志序号',
    superseded: '该记录已被更正，请以更正后的记录为准：',
    corrects: '本记录更正了：',
    history: '同一构件的全部记录',
    bundle: '下载验证包',
    bundleHint: '验证包可离线复核：npm run verify -- bundle.json',
    keyChanged: '日志公钥与您上次访问时不同（上次：{old}）。如非计划内的密钥轮换，请向主管部门核实。',
    keyInfo: '公钥指纹 {fp}，请与主管部门公布的日志公钥比对。',
    alarm: '日志完整性监测发现 {n} 条未处理告警',
    none: '无',
    open: '查看',
  },
  en: {
    brand: 'Green Construction Pilot Platform · Quality traceability check',
    title: 'Verify a quality record',
    intro:
      "Enter or scan a quality record's ID or QR code. This page checks the signed checkpoint against the published log key and verifies, in your browser, an inclusion proof that the record is in the tamper-evident quality log — no need to trust the server.",
    placeholder: 'Record ID (UUID) or verification link',
    verify: 'Verify',
    badId: 'Enter a valid record ID or verification link',
    notFound: 'No such record',
    verifying: 'Verifying in your browser…',
    ok: 'Verified: this record is in the quality log and has not been altered',
    okSub: 'Entry {index} is included in the tree of size {size}, whose checkpoint is signed by key {fp}.',
    failed: 'Verification failed',
    failkey: 'The log key is invalid',
    failcheckpoint: 'Checkpoint signature invalid: the checkpoint served is not signed by the published log key',
    failentry: 'The log entry does not match the record',
    failproof: 'The inclusion proof does not lead to the signed root: the record may have been altered',
    failmatch: 'The log entry belongs to another record',
    stepKey: 'Log key',
    stepCheckpoint: 'Checkpoint signature',
    stepEntry: 'Entry hash',
    stepProof: 'Inclusion proof',
    stepMatch: 'Entry matches the record',
    record: 'Record (from the verified log entry)',
    project: 'Project',
    kind: 'Type',
    date: 'Date',
    result: 'Result',
    subject: 'Subject',
    location: 'Location',
    batchNo: 'Batch / number',
    quantity: 'Quantity',
    supplier: 'Supplier / producer / lab',
    component: 'Component ID',
    spec: 'Library spec',
    organisation: 'Recorded by',
    recordedAt: 'Logged at',
    attachments: 'Attachment SHA-256',
    privateDigest: 'Digest of private details',
    index: 'Log index',
    superseded: 'This record was corrected; the correction prevails:',
    corrects: 'This record corrects:',
    history: 'All records of this component',
    bundle: 'Download proof bundle',
    bundleHint: 'Check it offline: npm run verify -- bundle.json',
    keyChanged: 'The log key differs from your last visit (was {old}). Unless a key rotation was announced, check with the authority.',
    keyInfo: 'Key fingerprint {fp}; compare it with the log key published by the authority.',
    alarm: 'The log integrity monitor has {n} open alarm(s)',
    none: 'None',
    open: 'Open',
  },
};

type PublicRecord = ResponseOf<'/api/quality/public/{id}'>;

// The leaf's canonical JSON inside the signed log (GET /api/ledger/entries/{index} serves these bytes as a download,
// so the document has no JSON schema for them); verification reads only these fields.
type Entry = {
  recordId: string;
  kind: QualityKind;
  date: string;
  project: { code: string; name: string };
  organisation: string | null;
  subject: string;
  location: string | null;
  batchNo: string | null;
  quantity: string | null;
  supplier: string | null;
  component: { id: string; specId: string | null } | null;
  result: QualityResult;
  attachments: Array<{ sha256: string; size: number; mediaType: string }>;
  corrects: { recordId: string; index: number } | null;
  privateDigest: string;
  recordedAt: string;
};

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const KEY_STORE = 'greenbuild.ledger.vkey';

async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new ApiError(res.status, 'http_' + res.status, res.statusText);
  return res.text();
}

type Outcome = { ok: true; v: Verification; bundle: object } | { ok: false; error: VerifyError | Error; step: string };

async function verifyRecord(rec: PublicRecord): Promise<Outcome> {
  try {
    const [vkey, checkpoint, entryRes] = await Promise.all([
      fetchText('/api/ledger/vkey'),
      fetchText('/api/ledger/checkpoint'),
      fetch(`/api/ledger/entries/${rec.ledgerIndex}`),
    ]);
    if (!entryRes.ok) throw new VerifyError('entry', `entry ${rec.ledgerIndex} is not served`);
    const entry = new Uint8Array(await entryRes.arrayBuffer());
    // Trust nothing unsigned: the tree size used for the proof comes from the verified checkpoint.
    const signed = await openCheckpoint(checkpoint, await parseVerifierKey(vkey));
    if (rec.ledgerIndex >= signed.size)
      throw new VerifyError('proof', `entry ${rec.ledgerIndex} is not in the signed tree of size ${signed.size}`);
    const proof = await call(
      client.GET('/api/ledger/proof/inclusion', { params: { query: { index: rec.ledgerIndex, treeSize: signed.size } } }),
    );
    const v = await verifyEntryInclusion({ vkey: vkey.trim(), checkpoint, entry, index: rec.ledgerIndex, proof: proof.hashes });
    if ((v.entry as Entry).recordId !== rec.recordId) throw new VerifyError('entry', 'the log entry belongs to a different record');
    const bundle = {
      vkey: vkey.trim(),
      checkpoint,
      index: rec.ledgerIndex,
      entry: toBase64(entry),
      proof: proof.hashes,
      recordId: rec.recordId,
    };
    return { ok: true, v, bundle };
  } catch (err) {
    return { ok: false, error: err as Error, step: err instanceof VerifyError ? err.step : 'entry' };
  }
}

function PublicShell({ children }: { children: React.ReactNode }) {
  const t = useT(messages);
  const { lang, setLang } = useLanguage();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f5f7f4' }}>
      <Layout.Header
        style={{
          background: '#fff',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          borderBottom: '1px solid #e8e8e8',
          paddingInline: 24,
        }}
      >
        <Space>
          <SafetyCertificateOutlined style={{ color: '#389e0d', fontSize: 22 }} />
          <Typography.Text strong>{t('brand')}</Typography.Text>
        </Space>
        <Segmented
          size="small"
          value={lang}
          onChange={(v) => setLang(v as 'zh-CN' | 'en')}
          options={[
            { label: '中文', value: 'zh-CN' },
            { label: 'English', value: 'en' },
          ]}
        />
      </Layout.Header>
      <Layout.Content style={{ maxWidth: 980, width: '100%', margin: '24px auto', padding: '0 16px' }}>{children}</Layout.Content>
    </Layout>
  );
}

export function VerifyPage() {
  const t = useT(messages);
  const { id } = useParams();
  const navigate = useNavigate();
  const [input, setInput] = useState(id ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setInput(id ?? ''), [id]);

  function submit() {
    const m = UUID.exec(input.trim());
    if (!m) return setError(t('badId'));
    setError(null);
    navigate(`/verify/${m[0].toLowerCase()}`);
  }

  return (
    <PublicShell>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
        <Space.Compact style={{ width: '100%' }}>
          <Input
            size="large"
            value={input}
            onChange={(e) => setInput(e.target.value)}
            onPressEnter={submit}
            placeholder={t('placeholder')}
            data-testid="verify-input"
            status={error ? 'error' : undefined}
            allowClear
          />
          <Button size="large" type="primary" icon={<SearchOutlined />} onClick={submit} data-testid="verify-submit">
            {t('verify')}
          </Button>
        </Space.Compact>
        {error && <Typography.Text type="danger">{error}</Typography.Text>}
      </Card>
      {id && UUID.test(id) && <RecordVerification id={id} key={id} />}
    </PublicShell>
  );
}

function RecordVerification({ id }: { id: string }) {
  const t = useT(messages);
  const { lang } = useLanguage();
  const record = useQuery({
    queryKey: ['public-record', id],
    queryFn: () => call(client.GET('/api/quality/public/{id}', { params: { path: { id } } })),
    retry: false,
  });
  const status = useQuery({ queryKey: ['ledger-status'], queryFn: () => call(client.GET('/api/ledger/status')) });
  const outcome = useQuery({
    queryKey: ['verify', id, record.data?.ledgerIndex],
    queryFn: () => verifyRecord(record.data!),
    enabled: !!record.data,
    retry: false,
  });
  const [previousKey, setPreviousKey] = useState<string | null>(null);

  useEffect(() => {
    if (!outcome.data?.ok) return;
    const fp = `${outcome.data.v.key.name}+${outcome.data.v.key.fingerprint}`;
    const stored = localStorage.getItem(KEY_STORE);
    if (stored && stored !== fp) setPreviousKey(stored);
    else localStorage.setItem(KEY_STORE, fp);
  }, [outcome.data]);

  if (record.isLoading) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (record.error) {
    return (
      <Card style={{ marginTop: 16 }}>
        <Empty description={record.error instanceof ApiError && record.error.status === 404 ? t('notFound') : String(record.error)} />
      </Card>
    );
  }
  const rec = record.data!;
  const o = outcome.data;
  const stepOrder = ['key', 'checkpoint', 'entry', 'proof', 'match'];
  const failedAt =
    o && !o.ok ? stepOrder.indexOf(o.step === 'entry' && o.error.message.includes('different record') ? 'match' : o.step) : -1;
  const stepItems = [t('stepKey'), t('stepCheckpoint'), t('stepEntry'), t('stepProof'), t('stepMatch')].map((title, i) => ({
    title,
    status: !o
      ? ('process' as const)
      : o.ok || i < failedAt
        ? ('finish' as const)
        : i === failedAt
          ? ('error' as const)
          : ('wait' as const),
    icon: !o ? undefined : o.ok || i < failedAt ? (
      <CheckCircleFilled style={{ color: '#389e0d' }} />
    ) : i === failedAt ? (
      <CloseCircleFilled style={{ color: '#cf1322' }} />
    ) : undefined,
  }));
  const entry = o?.ok ? (o.v.entry as Entry) : null;

  return (
    <>
      <Card style={{ marginTop: 16 }}>
        <Steps size="small" items={stepItems} style={{ marginBottom: 16 }} />
        {!o && (
          <Spin tip={t('verifying')}>
            <div style={{ height: 60 }} />
          </Spin>
        )}
        {o?.ok && (
          <Result
            status="success"
            style={{ padding: '8px 0' }}
            title={<span data-testid="verify-ok">{t('ok')}</span>}
            subTitle={t('okSub', { index: rec.ledgerIndex, size: o.v.checkpoint.size, fp: o.v.key.fingerprint })}
            extra={
              <Button
                icon={<DownloadOutlined />}
                onClick={() => {
                  const a = document.createElement('a');
                  a.href = URL.createObjectURL(new Blob([JSON.stringify(o.bundle, null, 2)], { type: 'application/json' }));
                  a.download = `quality-proof-${rec.recordId}.json`;
                  a.click();
                }}
              >
                {t('bundle')}
              </Button>
            }
          />
        )}
        {o && !o.ok && (
          <Result
            status="error"
            title={<span data-testid="verify-failed">{t('failed')}</span>}
            subTitle={
              <>
                <div>{t(`fail${stepOrder[Math.max(failedAt, 0)]}` as 'failkey')}</div>
                <Typography.Text type="secondary" code>
                  {o.error.message}
                </Typography.Text>
              </>
            }
          />
        )}
        {o?.ok && (
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
            {t('keyInfo', { fp: `${o.v.key.name}+${o.v.key.fingerprint}` })} · {t('bundleHint')}
          </Typography.Paragraph>
        )}
        {previousKey && <Alert type="warning" showIcon message={t('keyChanged', { old: previousKey })} />}
        {!!status.data?.openAlarms && (
          <Alert type="error" showIcon style={{ marginTop: 8 }} message={t('alarm', { n: status.data.openAlarms })} />
        )}
        {rec.supersededBy && (
          <Alert
            type="warning"
            showIcon
            style={{ marginTop: 8 }}
            message={
              <span>
                {t('superseded')} <Link to={`/verify/${rec.supersededBy.recordId}`}>#{rec.supersededBy.ledgerIndex}</Link>
              </span>
            }
          />
        )}
      </Card>
      {entry && (
        <Card title={t('record')} style={{ marginTop: 16 }}>
          <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} data-testid="verified-record">
            <Descriptions.Item label={t('project')}>{`${entry.project.name}（${entry.project.code}）`}</Descriptions.Item>
            <Descriptions.Item label={t('kind')}>{kindLabels[lang][entry.kind] ?? entry.kind}</Descriptions.Item>
            <Descriptions.Item label={t('date')}>{entry.date}</Descriptions.Item>
            <Descriptions.Item label={t('result')}>
              <Tag color={resultColors[entry.result]}>{resultLabels[lang][entry.result] ?? entry.result}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('subject')} span={2}>
              {entry.subject}
            </Descriptions.Item>
            {entry.location && <Descriptions.Item label={t('location')}>{entry.location}</Descriptions.Item>}
            {entry.batchNo && <Descriptions.Item label={t('batchNo')}>{entry.batchNo}</Descriptions.Item>}
            {entry.quantity && <Descriptions.Item label={t('quantity')}>{entry.quantity}</Descriptions.Item>}
            {entry.supplier && <Descriptions.Item label={t('supplier')}>{entry.supplier}</Descriptions.Item>}
            {entry.component && <Descriptions.Item label={t('component')}>{entry.component.id}</Descriptions.Item>}
            {entry.component?.specId && <Descriptions.Item label={t('spec')}>{entry.component.specId}</Descriptions.Item>}
            <Descriptions.Item label={t('organisation')}>{entry.organisation ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('recordedAt')}>{chinaTime(entry.recordedAt)}</Descriptions.Item>
            <Descriptions.Item label={t('index')}>#{rec.ledgerIndex}</Descriptions.Item>
            <Descriptions.Item label={t('attachments')} span={2}>
              {entry.attachments.length
                ? entry.attachments.map((a) => (
                    <div key={a.sha256}>
                      <Typography.Text code copyable style={{ fontSize: 12 }}>
                        {a.sha256}
                      </Typography.Text>{' '}
                      <Typography.Text type="secondary">{`${a.mediaType}, ${(a.size / 1024).toFixed(1)} KB`}</Typography.Text>
                    </div>
                  ))
                : t('none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('privateDigest')} span={2}>
              <Typography.Text code style={{ fontSize: 12 }}>
                {entry.privateDigest}
              </Typography.Text>
            </Descriptions.Item>
            {entry.corrects && (
              <Descriptions.Item label={t('corrects')} span={2}>
                <Link to={`/verify/${entry.corrects.recordId}`}>#{entry.corrects.index}</Link>
              </Descriptions.Item>
            )}
          </Descriptions>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, fontSize: 12 }}>
            leaf = SHA-256(0x00 ‖ entry) = <code>{o?.ok ? toHex(o.v.leaf) : ''}</code>
          </Typography.Paragraph>
        </Card>
      )}
      {rec.componentHistory.length > 1 && (
        <Card title={t('history')} style={{ marginTop: 16 }}>
          <List
            size="small"
            dataSource={rec.componentHistory}
            renderItem={(h) => (
              <List.Item
                actions={[
                  h.recordId === rec.recordId ? (
                    <Tag key="c">✓</Tag>
                  ) : (
                    <Link key="o" to={`/verify/${h.recordId}`}>
                      {t('open')}
                    </Link>
                  ),
                ]}
              >
                <Space>
                  <span>#{h.ledgerIndex}</span>
                  <span>{h.recordDate}</span>
                  <span>{kindLabels[lang][h.kind]}</span>
                  <Tag color={resultColors[h.result]}>{resultLabels[lang][h.result]}</Tag>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      )}
    </>
  );
}
