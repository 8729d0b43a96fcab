import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  App as AntApp,
  Alert,
  Button,
  Card,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Switch,
  Upload,
  type UploadFile,
} from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { ApiError, call, client, formData } from '../../api.js';
import { useLanguage, useT } from '../../i18n/index.js';
import { PageHeader } from '../../components/PageHeader.js';
import { categoryLabels, modelLabels, structureLabels, useLabels } from '../projects/labels.js';
import { validFields } from '../../components/forms.js';

const messages = {
  'zh-CN': {
    title: '在线申报试点项目',
    round: '申报批次',
    noRound: '本地区暂无开放的申报批次',
    name: '项目名称',
    category: '工程类别',
    structure: '结构类型',
    use: '使用性质',
    renewal: '城市更新 / 既有住房改造',
    prefab: '装配式建筑',
    address: '项目地址',
    longitude: '经度',
    latitude: '纬度',
    area: '总建筑面积（m²）',
    length: '长度（m，线性工程）',
    investment: '总投资（万元）',
    model: '组织模式',
    planned: '计划工期',
    description: '项目简介与绿色建造目标',
    attachments: '申报材料',
    drop: '点击或拖入 PDF / JPG / PNG 文件（按内容校验类型）',
    submit: '提交申报',
    submitted: '申报已提交',
    uploadFailed: '附件“{f}”上传失败：{m}',
  },
  en: {
    title: 'Apply for a pilot project',
    round: 'Round',
    noRound: 'No open round in your region',
    name: 'Project name',
    category: 'Category',
    structure: 'Structure',
    use: 'Use',
    renewal: 'Urban renewal / renovation',
    prefab: 'Prefabricated',
    address: 'Address',
    longitude: 'Longitude',
    latitude: 'Latitude',
    area: 'Floor area (m²)',
    length: 'Length (m, linear works)',
    investment: 'Investment (10k CNY)',
    model: 'Organisation model',
    planned: 'Planned period',
    description: 'Description and green-construction goals',
    attachments: 'Documents',
    drop: 'Click or drop PDF / JPG / PNG files (type checked by content)',
    submit: 'Submit application',
    submitted: 'Application submitted',
    uploadFailed: 'Upload of "{f}" failed: {m}',
  },
};

const opts = (m: Record<string, string>, skip: string[] = []) =>
  Object.entries(m)
    .filter(([k]) => !skip.includes(k))
    .map(([value, label]) => ({ value, label }));

export function ApplyPage() {
  const t = useT(messages);
  const { lang } = useLanguage();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm();
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [saving, setSaving] = useState(false);
  const rounds = useQuery({
    queryKey: ['rounds', 'open'],
    queryFn: () => call(client.GET('/api/rounds', { params: { query: { status: 'open' } } })),
  });
  const firstOpen = rounds.data?.items[0]?.id;
  useEffect(() => {
    if (firstOpen && !form.getFieldValue('roundId')) form.setFieldValue('roundId', firstOpen);
  }, [firstOpen, form]);

  async function submit() {
    const v = await validFields(form);
    if (!v) return;
    const project = {
      name: v.name,
      category: v.category,
      structureType: v.structureType ?? null,
      useType: v.useType ?? null,
      isRenewal: !!v.isRenewal,
      isPrefabricated: !!v.isPrefabricated,
      address: v.address || null,
      longitude: v.longitude ?? null,
      latitude: v.latitude ?? null,
      floorAreaM2: v.floorAreaM2 ?? null,
      lengthM: v.lengthM ?? null,
      investmentWanYuan: v.investmentWanYuan ?? null,
      organisationModel: v.organisationModel ?? null,
      plannedStart: v.planned?.[0]?.format('YYYY-MM-DD') ?? null,
      plannedFinish: v.planned?.[1]?.format('YYYY-MM-DD') ?? null,
      description: v.description || null,
    };
    setSaving(true);
    try {
      const created = await call(client.POST('/api/applications', { body: { roundId: v.roundId, project } }));
      for (const f of files) {
        try {
          await call(
            client.POST('/api/applications/{id}/attachments', {
              params: { path: { id: created.id } },
              body: { file: f.originFileObj as File },
              bodySerializer: formData,
            }),
          );
        } catch (e) {
          message.error(t('uploadFailed', { f: f.name, m: e instanceof ApiError ? e.message : String(e) }));
        }
      }
      message.success(t('submitted'));
      navigate(`/review/applications/${created.id}`);
    } catch (e) {
      if (e instanceof ApiError) {
        form.setFields(e.details.map((d) => ({ name: d.path.replace(/^project\./, '') || 'name', errors: [d.message] })));
        if (!e.details.length) message.error(e.describe());
      }
    } finally {
      setSaving(false);
    }
  }

  const open = rounds.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('title')} />
      <Card>
        {!rounds.isLoading && !open.length && <Alert type="warning" showIcon title={t('noRound')} style={{ marginBottom: 16 }} />}
        <Form form={form} layout="vertical" initialValues={{ category: 'building' }} style={{ maxWidth: 960 }}>
          <Form.Item name="roundId" label={t('round')} rules={[{ required: true }]}>
            <Select options={open.map((r) => ({ value: r.id, label: r.title }))} />
          </Form.Item>
          <Form.Item name="name" label={t('name')} rules={[{ required: true, min: 2 }]}>
            <Input data-testid="apply-name" />
          </Form.Item>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="category" label={t('category')} rules={[{ required: true }]}>
                <Select options={opts(categoryLabels[lang])} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="structureType" label={t('structure')}>
                <Select allowClear options={opts(structureLabels[lang], ['unknown'])} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="useType" label={t('use')}>
                <Select allowClear options={opts(useLabels[lang], ['unknown'])} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="floorAreaM2" label={t('area')}>
                <InputNumber min={1} style={{ width: '100%' }} data-testid="apply-area" />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="lengthM" label={t('length')}>
                <InputNumber min={1} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="investmentWanYuan" label={t('investment')}>
                <InputNumber min={0} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name="address" label={t('address')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="longitude" label={t('longitude')}>
                <InputNumber min={-180} max={180} step={0.0001} style={{ width: '100%' }} data-testid="apply-lng" />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name="latitude" label={t('latitude')}>
                <InputNumber min={-90} max={90} step={0.0001} style={{ width: '100%' }} data-testid="apply-lat" />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name="organisationModel" label={t('model')}>
                <Select allowClear options={opts(modelLabels[lang])} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name="planned" label={t('planned')}>
                <DatePicker.RangePicker />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="isRenewal" label={t('renewal')} valuePropName="checked">
                <Switch />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="isPrefabricated" label={t('prefab')} valuePropName="checked">
                <Switch data-testid="apply-prefab" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label={t('description')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Form.Item label={t('attachments')}>
            <Upload.Dragger
              multiple
              accept=".pdf,.jpg,.jpeg,.png"
              fileList={files}
              beforeUpload={(f) => (
                setFiles((l) => [...l, { uid: f.uid, name: f.name, originFileObj: f, status: 'done' } as UploadFile]),
                false
              )}
              onRemove={(f) => setFiles((l) => l.filter((x) => x.uid !== f.uid))}
              data-testid="apply-files"
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p>{t('drop')}</p>
            </Upload.Dragger>
          </Form.Item>
          <Button type="primary" onClick={submit} loading={saving} disabled={!open.length} data-testid="apply-submit">
            {t('submit')}
          </Button>
        </Form>
      </Card>
    </>
  );
}
